package com.leadwire.security;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.testsupport.TelegramTestSupport;

import io.micrometer.core.instrument.MeterRegistry;

/** The sweep's Telegram webhook corpus, with the bot on and its webhook secret set (the shared Telegram context, on H2). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputSweepTelegramIntegrationTests extends TelegramTestSupport {

    private final BadInputSweep.Tally tally = new BadInputSweep.Tally();

    @Autowired
    MeterRegistry meters;

    @TestFactory
    Stream<DynamicTest> telegramWebhook() {
        BadInputSweep sweep = new BadInputSweep(baseUrl(), jdbc, tally, BadInputSweep.signatureRejections(meters));
        return new TelegramBadInputs(new SweepFixtures(baseUrl(), jdbc), BOT_API).withBot().stream()
                .map(sweepCase -> DynamicTest.dynamicTest(sweepCase.name(), () -> sweep.run(sweepCase)));
    }

    @AfterAll
    void summary() {
        System.out.println(tally.summary("H2, Telegram webhook on"));
    }
}

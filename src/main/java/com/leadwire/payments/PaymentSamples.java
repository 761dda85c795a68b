package com.leadwire.payments;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import com.leadwire.intake.IntakeResult;
import com.leadwire.intake.SampleSender;
import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.SourceView;

/**
 * A payment source's test: a new payment of 100.00 BRL by a made-up payer, handed on as a
 * verified callback of the source's provider would be (the signature check is what it skips).
 */
@Component
class PaymentSamples implements SampleSender {

    private final PaymentSources sources;
    private final PaymentCallbacks callbacks;

    PaymentSamples(PaymentSources sources, PaymentCallbacks callbacks) {
        this.sources = sources;
        this.callbacks = callbacks;
    }

    @Override
    public boolean appliesTo(SourceKind kind) {
        return kind == SourceKind.PAYMENT;
    }

    @Override
    public IntakeResult send(SourceView source, Sample sample) {
        PaymentNews news = new PaymentNews(sample.id(), sample.id(), PaymentStatus.NEW, sample.email(), sample.name(),
                new BigDecimal("100.00"), "BRL", null);
        byte[] body = ("{\"sample\":\"" + sample.id() + "\"}").getBytes(StandardCharsets.UTF_8);
        return callbacks.intake(sources.providerOf(source), source, news, body).orElseThrow();
    }
}

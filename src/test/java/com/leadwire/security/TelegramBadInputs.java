package com.leadwire.security;

import static com.leadwire.security.BadInputs.JSON;
import static com.leadwire.security.BadInputs.SQL_AND_MARKUP;
import static com.leadwire.security.BadInputs.label;
import static com.leadwire.security.BadInputs.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;
import com.leadwire.testsupport.TestBotApi;

/**
 * The Telegram webhook: an update is read only with the configured secret token. Without a bot
 * (the default test contexts) the endpoint answers 404 to everything; with one (OnTelegram,
 * secret "stub-webhook-secret") the corpus runs against it.
 */
final class TelegramBadInputs {

    static final String WEBHOOK = "POST /api/v1/telegram/webhook";
    private static final String PATH = "/api/v1/telegram/webhook";
    private static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** The webhook secret of testsupport.OnTelegram. */
    private static final String SECRET = "stub-webhook-secret";

    private final SweepFixtures app;
    private final TestBotApi botApi;

    TelegramBadInputs(SweepFixtures app, TestBotApi botApi) {
        this.app = app;
        this.botApi = botApi;
    }

    private static long newUser() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }

    private static Request update(String contentType, byte[] body, String secret) {
        return Request.post(PATH, contentType, body).header(SECRET_HEADER, secret);
    }

    private Supplier<String> start() {
        return () -> botApi.textUpdateJson(newUser(), "/start");
    }

    /** Without a bot the webhook is not there: every post is a 404 (a body over the limit is refused first, 413). */
    List<Case> withoutBot() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(WEBHOOK, "an update, bot off", () -> update(JSON, utf8(start().get()), SECRET), Expected.refused(404)));
        cases.add(new Case(WEBHOOK, "no secret, bot off", () -> update(JSON, utf8(start().get()), null), Expected.refused(404)));
        cases.add(new Case(WEBHOOK, "malformed JSON, bot off", () -> update(JSON, utf8("{\"update_id\": "), SECRET),
                Expected.refused(404)));
        cases.add(new Case(WEBHOOK, "body over the limit, bot off", () -> update(JSON, BadInputs.overTheLimit(), SECRET),
                Expected.refused(413)));
        return cases;
    }

    List<Case> withBot() {
        List<Case> cases = new ArrayList<>(BadInputs.brokenJsonBodies(WEBHOOK, (type, body) -> update(type, body, SECRET), start(),
                400, true));
        for (String secret : new String[] {null, "", "not-the-secret", SECRET.toUpperCase(), "x" + SECRET, "' OR '1'='1"}) {
            cases.add(new Case(WEBHOOK, "secret token " + (secret == null ? "missing" : "'" + secret + "'"),
                    () -> update(JSON, utf8(start().get()), secret), Expected.refused(401)));
        }
        cases.add(new Case(WEBHOOK, "JSON that is not an update", () -> update(JSON, utf8("{\"message\": {\"text\": \"/start\"}}"),
                SECRET), Expected.refused(400)));
        cases.add(new Case(WEBHOOK, "update_id not a number", () -> update(JSON, utf8("{\"update_id\": \"1 OR 1=1\"}"), SECRET),
                Expected.refused(400)));
        cases.add(new Case(WEBHOOK, "the same update again", () -> {
            Request first = update(JSON, utf8(start().get()), SECRET);
            assertThat(app.send(first).statusCode()).isEqualTo(200);
            return first;
        }, Expected.nothingChanged(200)));
        for (String payload : SQL_AND_MARKUP) {
            long[] user = new long[1];
            cases.add(new Case(WEBHOOK, "answer = " + label(payload), () -> {
                user[0] = newUser();
                assertThat(app.send(update(JSON, utf8(botApi.textUpdateJson(user[0], "/start")), SECRET)).statusCode()).isEqualTo(200);
                return update(JSON, utf8(botApi.textUpdateJson(user[0], payload)), SECRET);
            }, Expected.accepted(200, response -> assertThat(SweepFixtures.json(app.text(
                    "SELECT answers FROM telegram_conversation WHERE chat_id = ?", user[0])).path("contact.name").asText())
                    .as("the name answer").isEqualTo(payload))));
        }
        return cases;
    }
}

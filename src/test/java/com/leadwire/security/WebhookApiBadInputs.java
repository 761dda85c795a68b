package com.leadwire.security;

import static com.leadwire.security.BadInputs.BROKEN_IDS;
import static com.leadwire.security.BadInputs.SQL_AND_MARKUP;
import static com.leadwire.security.BadInputs.UNKNOWN_ID;
import static com.leadwire.security.BadInputs.apiCase;
import static com.leadwire.security.BadInputs.apiRequest;
import static com.leadwire.security.BadInputs.brokenJsonBodies;
import static com.leadwire.security.BadInputs.json;
import static com.leadwire.security.BadInputs.label;
import static com.leadwire.security.BadInputs.object;
import static com.leadwire.security.BadInputs.pathSegment;
import static com.leadwire.security.SweepFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;

/**
 * The webhooks API: a URL that must be an absolute http(s) URL, events by their names, a
 * write-only secret; name and description are text. The sweep's subscriptions are inactive, so
 * the deals of other cases queue no deliveries to them.
 */
final class WebhookApiBadInputs {

    private final SweepFixtures app;

    WebhookApiBadInputs(SweepFixtures app) {
        this.app = app;
    }

    private static String subscriptionJson(Consumer<ObjectNode> change) {
        ObjectNode subscription = object().put("name", "Sweep").put("url", "https://hooks.example.com/leadwire").put("active", false);
        subscription.putArray("events").add("DEAL_CREATED");
        change.accept(subscription);
        return json(subscription);
    }

    List<Case> cases() {
        String create = "POST /api/v1/webhooks";
        String read = "GET /api/v1/webhooks/{id}";
        String update = "PUT /api/v1/webhooks/{id}";
        String delete = "DELETE /api/v1/webhooks/{id}";
        String rotate = "POST /api/v1/webhooks/{id}/rotate-secret";
        String deliveries = "GET /api/v1/webhooks/{id}/deliveries";
        String replay = "POST /api/v1/webhooks/deliveries/{id}/replay";
        String replayDead = "POST /api/v1/webhooks/{id}/deliveries/replay-dead";
        Supplier<String> webhooks = () -> "/api/v1/webhooks";
        Supplier<String> ownSubscription = () -> {
            var created = app.api().postJson("/api/v1/webhooks", subscriptionJson(subscription -> { }));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return "/api/v1/webhooks/" + body(created).get("id").asLong();
        };
        List<Case> cases = new ArrayList<>(brokenJsonBodies(create, (type, body) -> apiRequest("POST", "/api/v1/webhooks", type, null)
                .withBody(body), () -> subscriptionJson(subscription -> { }), 400, true));
        cases.add(apiCase(create, "unknown property", "POST", webhooks, subscriptionJson(subscription -> subscription.put("colour", "red")),
                Expected.refused(422)));
        cases.add(apiCase(create, "no URL", "POST", webhooks, subscriptionJson(subscription -> subscription.remove("url")),
                Expected.refused(422)));
        cases.add(apiCase(create, "a relative URL", "POST", webhooks, subscriptionJson(subscription -> subscription.put("url", "/hooks")),
                Expected.refused(422)));
        cases.add(apiCase(create, "a file: URL", "POST", webhooks, subscriptionJson(subscription -> subscription.put("url",
                "file:///etc/passwd")), Expected.refused(422)));
        cases.add(apiCase(create, "a URL with credentials", "POST", webhooks, subscriptionJson(subscription -> subscription.put("url",
                "https://admin:secret@hooks.example.com/x")), Expected.refused(422)));
        cases.add(apiCase(create, "an over-long URL", "POST", webhooks, subscriptionJson(subscription -> subscription.put("url",
                "https://hooks.example.com/" + "x".repeat(2000))), Expected.refused(422)));
        cases.add(apiCase(create, "no events", "POST", webhooks, subscriptionJson(subscription -> subscription.putArray("events")),
                Expected.refused(422)));
        cases.add(apiCase(create, "an unknown event", "POST", webhooks, subscriptionJson(subscription -> subscription.putArray("events")
                .add("DEAL_EXPLODED")), Expected.refused(422)));
        cases.add(apiCase(create, "events that are not a list", "POST", webhooks, subscriptionJson(subscription -> subscription.put("events",
                7)), Expected.refused(400)));
        cases.add(apiCase(create, "a short secret", "POST", webhooks, subscriptionJson(subscription -> subscription.put("secret", "abc")),
                Expected.refused(422)));
        cases.add(apiCase(create, "a secret with spaces", "POST", webhooks, subscriptionJson(subscription -> subscription.put("secret",
                "a secret with spaces in it")), Expected.refused(422)));
        cases.add(apiCase(create, "an over-long name", "POST", webhooks, subscriptionJson(subscription -> subscription.put("name",
                "x".repeat(201))), Expected.refused(422)));
        cases.add(apiCase(create, "an over-long description", "POST", webhooks, subscriptionJson(subscription -> subscription.put(
                "description", "x".repeat(1001))), Expected.refused(422)));
        for (String payload : SQL_AND_MARKUP) {
            String shown = " = " + label(payload);
            for (String part : List.of("name", "description")) {
                cases.add(apiCase(create, part + shown, "POST", webhooks, subscriptionJson(subscription -> subscription.put(part, payload)),
                        Expected.accepted(201, response -> assertThat(app.text("SELECT " + part + " FROM webhook_subscription WHERE id = ?",
                                body(response).get("id").asLong())).isEqualTo(payload))));
            }
            cases.add(apiCase(create, "url" + shown, "POST", webhooks, subscriptionJson(subscription -> subscription.put("url", payload)),
                    Expected.refused(422)));
        }
        cases.addAll(brokenJsonBodies(update, (type, body) -> apiRequest("PUT", ownSubscription.get(), type, null).withBody(body),
                () -> subscriptionJson(subscription -> { }), 400, true));
        cases.add(apiCase(update, "a secret (rotate-secret changes it)", "PUT", ownSubscription, subscriptionJson(subscription ->
                subscription.put("secret", "a-new-secret-0123456789")), Expected.refused(422)));
        cases.add(apiCase(update, "unknown subscription", "PUT", () -> "/api/v1/webhooks/" + UNKNOWN_ID,
                subscriptionJson(subscription -> { }), Expected.refused(404)));
        cases.add(apiCase(rotate, "a short secret", "POST", () -> ownSubscription.get() + "/rotate-secret", "{\"secret\": \"abc\"}",
                Expected.refused(422)));
        cases.add(apiCase(rotate, "malformed JSON", "POST", () -> ownSubscription.get() + "/rotate-secret", "{\"secret\": ",
                Expected.refused(400)));
        cases.add(apiCase(rotate, "unknown subscription", "POST", () -> "/api/v1/webhooks/" + UNKNOWN_ID + "/rotate-secret", null,
                Expected.refused(404)));
        cases.add(apiCase(read, "unknown subscription", "GET", () -> "/api/v1/webhooks/" + UNKNOWN_ID, null, Expected.refused(404)));
        cases.add(apiCase(delete, "unknown subscription", "DELETE", () -> "/api/v1/webhooks/" + UNKNOWN_ID, null, Expected.refused(404)));
        cases.add(apiCase(deliveries, "unknown subscription", "GET", () -> "/api/v1/webhooks/" + UNKNOWN_ID + "/deliveries", null,
                Expected.refused(404)));
        cases.add(apiCase(deliveries, "a limit that is not a number", "GET", () -> ownSubscription.get() + "/deliveries?limit=all", null,
                Expected.refused(400)));
        cases.add(apiCase(replay, "unknown delivery", "POST", () -> "/api/v1/webhooks/deliveries/" + UNKNOWN_ID + "/replay", null,
                Expected.refused(404)));
        cases.add(apiCase(replayDead, "unknown subscription", "POST", () -> "/api/v1/webhooks/" + UNKNOWN_ID + "/deliveries/replay-dead",
                null, Expected.refused(404)));
        cases.add(apiCase(replayDead, "an inactive subscription", "POST", () -> ownSubscription.get() + "/deliveries/replay-dead", null,
                Expected.refused(409)));
        for (String id : BROKEN_IDS) {
            Supplier<String> broken = () -> "/api/v1/webhooks/" + pathSegment(id);
            cases.add(apiCase(read, "id " + id, "GET", broken, null, Expected.refused(400)));
            cases.add(apiCase(update, "id " + id, "PUT", broken, subscriptionJson(subscription -> { }), Expected.refused(400)));
            cases.add(apiCase(delete, "id " + id, "DELETE", broken, null, Expected.refused(400)));
            cases.add(apiCase(rotate, "id " + id, "POST", () -> broken.get() + "/rotate-secret", null, Expected.refused(400)));
            cases.add(apiCase(deliveries, "id " + id, "GET", () -> broken.get() + "/deliveries", null, Expected.refused(400)));
            cases.add(apiCase(replay, "id " + id, "POST", () -> "/api/v1/webhooks/deliveries/" + pathSegment(id) + "/replay", null,
                    Expected.refused(400)));
        }
        return cases;
    }
}

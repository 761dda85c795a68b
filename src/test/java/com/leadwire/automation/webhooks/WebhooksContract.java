package com.leadwire.automation.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.automation.AutomationSwitch;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.TestWebhookReceiver;
import com.leadwire.testsupport.Unique;

/**
 * Outbound webhooks end to end: subscriptions through the API, deals through the API, and what
 * local receivers get. Run on H2 and on MariaDB. Every test deletes its subscriptions, and picks
 * its own deal's requests out of what its receivers get (every deal of every test goes to every
 * active DEAL_CREATED subscription).
 */
abstract class WebhooksContract extends IntegrationTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ObjectMapper json = new ObjectMapper();
    private final List<TestWebhookReceiver> receivers = new ArrayList<>();
    private final List<Long> subscriptions = new ArrayList<>();

    @Autowired
    private AutomationSwitch automation;

    @Autowired
    private WebhookCalls calls;

    @Autowired
    private TransactionTemplate transaction;

    @AfterEach
    void removeSubscriptionsAndReceivers() {
        subscriptions.forEach(id -> api().delete("/api/v1/webhooks/" + id));
        receivers.forEach(TestWebhookReceiver::close);
    }

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private JsonNode read(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    private TestWebhookReceiver receiver() {
        TestWebhookReceiver receiver = TestWebhookReceiver.started();
        receivers.add(receiver);
        return receiver;
    }

    /** Subscribes the receiver; answers the creation's JSON, which holds the secret. */
    private JsonNode subscribed(TestWebhookReceiver receiver, String... events) throws Exception {
        HttpResponse<String> created = api().postJson("/api/v1/webhooks", json.writeValueAsString(Map.of("name", Unique.key("hook"),
                "url", receiver.url(), "events", List.of(events), "active", true)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode subscription = read(created);
        subscriptions.add(subscription.get("id").asLong());
        return subscription;
    }

    private long newDeal(String email) throws Exception {
        HttpResponse<String> response = api().postJson("/api/v1/deals", ApiClient.dealJson(null, email, "Webhook Lead", null));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response).get("dealId").asLong();
    }

    private JsonNode deliveries(long subscriptionId) throws Exception {
        HttpResponse<String> response = api().get("/api/v1/webhooks/" + subscriptionId + "/deliveries");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response);
    }

    private JsonNode onlyDelivery(long subscriptionId) throws Exception {
        JsonNode all = deliveries(subscriptionId);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static boolean signedWith(String secret, TestWebhookReceiver.Received request) {
        String[] parts = request.header("X-Leadwire-Signature").split(",");
        assertThat(parts[0]).startsWith("t=");
        assertThat(parts[1]).startsWith("v1=");
        String t = parts[0].substring(2);
        return parts[1].substring(3).equals(WebhookSignature.hmac(secret, t + "." + request.body()));
    }

    @Test
    void aNewDealIsPostedToItsSubscriberSignedWithTheSecretShownOnceAtCreation() throws Exception {
        TestWebhookReceiver receiver = receiver();
        JsonNode subscription = subscribed(receiver, "DEAL_CREATED");
        long id = subscription.get("id").asLong();
        String secret = subscription.get("secret").asText();
        String email = Unique.email("gancho");

        long dealId = newDeal(email);

        await().atMost(PATIENCE).until(() -> receiver.receivedAbout(email).size() == 1);
        TestWebhookReceiver.Received request = receiver.receivedAbout(email).get(0);
        assertThat(signedWith(secret, request)).isTrue();
        assertThat(signedWith("whsec_some_other_secret", request)).isFalse();
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("X-Leadwire-Event")).isEqualTo("DEAL_CREATED");
        JsonNode body = json.readTree(request.body());
        assertThat(body.get("id").asText()).isEqualTo(request.header("X-Leadwire-Delivery"));
        assertThat(body.get("event").asText()).isEqualTo("DEAL_CREATED");
        assertThat(body.get("occurredAt").asText()).isNotBlank();
        assertThat(body.at("/deal/id").asLong()).isEqualTo(dealId);
        assertThat(body.at("/deal/stage/name").asText()).isNotBlank();
        assertThat(body.at("/deal/createdAt").asText()).isNotBlank();
        assertThat(body.at("/contact/email").asText()).isEqualTo(email);

        await().atMost(PATIENCE).until(() -> onlyDelivery(id).get("status").asText().equals("DELIVERED"));
        JsonNode delivery = onlyDelivery(id);
        assertThat(delivery.get("id").asText()).isEqualTo(body.get("id").asText());
        assertThat(delivery.get("dealId").asLong()).isEqualTo(dealId);
        assertThat(delivery.get("attempts")).hasSize(1);
        assertThat(delivery.at("/attempts/0/statusCode").asInt()).isEqualTo(200);
        assertThat(api().get("/api/v1/webhooks/" + id).body()).doesNotContain(secret).doesNotContain("\"secret\"");
        assertThat(api().get("/api/v1/webhooks").body()).doesNotContain(secret);
        assertThat(read(api().get("/api/v1/webhooks/" + id)).at("/lastDelivery/status").asText()).isEqualTo("DELIVERED");
    }

    @Test
    void aReceiverThatFailsIsTriedAgainAndEveryAttemptIsListed() throws Exception {
        TestWebhookReceiver receiver = receiver();
        receiver.answer(500, 302);
        JsonNode subscription = subscribed(receiver, "DEAL_CREATED");
        long id = subscription.get("id").asLong();
        String email = Unique.email("de-novo");

        newDeal(email);

        await().atMost(PATIENCE).until(() -> onlyDelivery(id).get("status").asText().equals("DELIVERED"));
        JsonNode delivery = onlyDelivery(id);
        assertThat(delivery.get("attempts")).extracting(attempt -> attempt.get("statusCode").asInt()).containsExactly(500, 302, 200);
        assertThat(delivery.at("/attempts/0/error").asText()).isEqualTo("the receiver answered 500");
        assertThat(delivery.at("/attempts/1/error").asText()).contains("redirects are not followed");
        assertThat(delivery.get("attemptCount").asInt()).isEqualTo(3);
        List<TestWebhookReceiver.Received> requests = receiver.receivedAbout(email);
        assertThat(requests).hasSize(3).extracting(request -> request.header("X-Leadwire-Delivery")).containsOnly(delivery.get("id").asText());
        assertThat(requests).allSatisfy(request -> assertThat(signedWith(subscription.get("secret").asText(), request)).isTrue());
    }

    @Test
    void aDeliveryTheReceiverSaysIsGoneIsDeadAndAReplaySendsItAgain() throws Exception {
        TestWebhookReceiver receiver = receiver();
        receiver.answer(410, 410);
        long id = subscribed(receiver, "DEAL_CREATED").get("id").asLong();
        String first = Unique.email("morto-1");
        String second = Unique.email("morto-2");
        newDeal(first);
        newDeal(second);

        await().atMost(PATIENCE).until(() -> deliveries(id), all -> all.size() == 2
                && all.findValuesAsText("status").stream().allMatch("DEAD"::equals));
        JsonNode dead = deliveries(id).get(1);
        assertThat(dead.get("attempts")).hasSize(1);
        assertThat(dead.get("lastStatusCode").asInt()).isEqualTo(410);

        HttpResponse<String> replayed = api().postJson("/api/v1/webhooks/deliveries/" + dead.get("id").asLong() + "/replay", "");
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> deliveries(id).get(1).get("status").asText().equals("DELIVERED"));
        assertThat(deliveries(id).get(1).get("replays").asInt()).isEqualTo(1);
        assertThat(deliveries(id).get(0).get("status").asText()).isEqualTo("DEAD");

        HttpResponse<String> all = api().postJson("/api/v1/webhooks/" + id + "/deliveries/replay-dead", "");
        assertThat(all.statusCode()).isEqualTo(202);
        assertThat(read(all).get("replayed").asInt()).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> deliveries(id).findValuesAsText("status"), statuses -> statuses.stream()
                .allMatch("DELIVERED"::equals));
        assertThat(receiver.receivedAbout(first)).hasSize(2);
        assertThat(receiver.receivedAbout(second)).hasSize(2);
    }

    @Test
    void whileAutomationIsOffADeliveryIsRecordedAsSkippedAndNeverSent() throws Exception {
        TestWebhookReceiver receiver = receiver();
        long id = subscribed(receiver, "DEAL_CREATED").get("id").asLong();
        String whileOff = Unique.email("desligado");
        String afterwards = Unique.email("religado");

        automation.turn(false, "webhooks test");
        try {
            newDeal(whileOff);
        } finally {
            automation.turn(true, "webhooks test");
        }
        newDeal(afterwards);

        await().atMost(PATIENCE).until(() -> receiver.receivedAbout(afterwards).size() == 1);
        JsonNode skipped = deliveries(id).get(1);
        assertThat(skipped.get("status").asText()).isEqualTo("SKIPPED");
        assertThat(skipped.get("attempts")).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE ?",
                "webhook-delivery-" + skipped.get("id").asLong() + "%")).isZero();
        assertThat(receiver.receivedAbout(whileOff)).isEmpty();
    }

    @Test
    void aDeliveryWaitsInTheOutboxWhileTheReceiverIsDownAndArrivesWhenItIsBack() throws Exception {
        TestWebhookReceiver receiver = receiver();
        long id = subscribed(receiver, "DEAL_CREATED").get("id").asLong();
        String email = Unique.email("fora");
        receiver.stop();
        newDeal(email);

        await().atMost(PATIENCE).until(() -> onlyDelivery(id).get("attemptCount").asInt() >= 2);
        long deliveryId = onlyDelivery(id).get("id").asLong();
        assertThat(jdbc.queryForObject("SELECT status FROM outbox_message WHERE idempotency_key = ?", String.class,
                "webhook-delivery-" + deliveryId)).isIn("PENDING", "SENDING");
        assertThat(onlyDelivery(id).get("lastError").asText()).contains("connection");
        receiver.restart();

        await().atMost(PATIENCE).until(() -> onlyDelivery(id).get("status").asText().equals("DELIVERED"));
        assertThat(receiver.receivedAbout(email)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT status FROM outbox_message WHERE idempotency_key = ?", String.class,
                "webhook-delivery-" + deliveryId)).isEqualTo("SENT");
    }

    @Test
    void aSlowReceiverHoldsItsOwnDeliveriesOnlyWhileAFastOneGetsItsDealsAtOnce() throws Exception {
        TestWebhookReceiver slow = receiver();
        TestWebhookReceiver fast = receiver();
        slow.hold();
        long slowId = subscribed(slow, "DEAL_CREATED").get("id").asLong();
        subscribed(fast, "DEAL_CREATED");
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            emails.add(Unique.email("lento-" + i));
        }

        for (String email : emails) {
            newDeal(email);
        }

        // well within the 5 s the slow receiver's held requests wait for their timeout
        await().atMost(Duration.ofSeconds(3)).until(() -> emails.stream().allMatch(email -> fast.receivedAbout(email).size() == 1));
        assertThat(emails.stream().filter(email -> !slow.receivedAbout(email).isEmpty()).count())
                .as("in flight to the slow receiver: at most leadwire.webhooks.in-flight-per-host").isLessThanOrEqualTo(2);
        slow.release();
        await().atMost(PATIENCE).until(() -> deliveries(slowId).findValuesAsText("status"), statuses -> statuses.size() == 6
                && statuses.stream().allMatch("DELIVERED"::equals));
    }

    @Test
    void aDealWonIsPostedToTheSubscribersOfWonAndOfStageEntered() throws Exception {
        TestWebhookReceiver receiver = receiver();
        subscribed(receiver, "DEAL_WON", "DEAL_ENTERED_STAGE");
        String email = Unique.email("ganho");
        long dealId = newDeal(email);
        String aboutTheDeal = "\"deal\":{\"id\":" + dealId + ",";

        await().atMost(PATIENCE).until(() -> receiver.receivedAbout(aboutTheDeal).size() == 1);
        assertThat(receiver.receivedAbout(aboutTheDeal).get(0).header("X-Leadwire-Event")).isEqualTo("DEAL_ENTERED_STAGE");
        assertThat(api().postJson("/api/v1/deals/" + dealId + "/won", "").statusCode()).isEqualTo(200);

        await().atMost(PATIENCE).until(() -> receiver.receivedAbout(aboutTheDeal).size() == 3);
        List<JsonNode> bodies = new ArrayList<>();
        for (TestWebhookReceiver.Received request : receiver.receivedAbout(aboutTheDeal)) {
            bodies.add(json.readTree(request.body()));
        }
        assertThat(bodies).extracting(body -> body.get("event").asText())
                .containsExactlyInAnyOrder("DEAL_ENTERED_STAGE", "DEAL_ENTERED_STAGE", "DEAL_WON");
        JsonNode won = bodies.stream().filter(body -> body.get("event").asText().equals("DEAL_WON")).findFirst().orElseThrow();
        assertThat(won.at("/deal/id").asLong()).isEqualTo(dealId);
        assertThat(won.at("/deal/stage/kind").asText()).isEqualTo("WON");
        assertThat(won.at("/move/cause").asText()).isEqualTo("API");
    }

    @Test
    void rotatingTheSecretAnswersTheNewOneOnceAndSignsTheNextDeliveriesWithIt() throws Exception {
        TestWebhookReceiver receiver = receiver();
        JsonNode subscription = subscribed(receiver, "DEAL_CREATED");
        long id = subscription.get("id").asLong();
        String mine = "my-own-secret-of-32-characters!!";

        HttpResponse<String> rotated = api().postJson("/api/v1/webhooks/" + id + "/rotate-secret", "{\"secret\": \"" + mine + "\"}");
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        assertThat(read(rotated).get("secret").asText()).isEqualTo(mine);
        String email = Unique.email("rodado");
        newDeal(email);

        await().atMost(PATIENCE).until(() -> receiver.receivedAbout(email).size() == 1);
        assertThat(signedWith(mine, receiver.receivedAbout(email).get(0))).isTrue();
        assertThat(signedWith(subscription.get("secret").asText(), receiver.receivedAbout(email).get(0))).isFalse();
        assertThat(api().get("/api/v1/webhooks/" + id).body()).doesNotContain(mine);
    }

    @Test
    void anInactiveSubscriptionGetsNothingAndAChangeIsSavedWhole() throws Exception {
        TestWebhookReceiver receiver = receiver();
        long id = subscribed(receiver, "DEAL_CREATED").get("id").asLong();
        HttpResponse<String> changed = api().put("/api/v1/webhooks/" + id, json.writeValueAsString(Map.of("name", "Parado",
                "url", receiver.url(), "events", List.of("DEAL_CREATED", "PAYMENT_STATUS"), "active", false)));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(read(changed).get("active").asBoolean()).isFalse();
        assertThat(read(changed).get("events")).extracting(JsonNode::asText).containsExactly("DEAL_CREATED", "PAYMENT_STATUS");
        String email = Unique.email("inativo");

        newDeal(email);
        String later = Unique.email("depois");
        TestWebhookReceiver other = receiver();
        subscribed(other, "DEAL_CREATED");
        newDeal(later);

        await().atMost(PATIENCE).until(() -> other.receivedAbout(later).size() == 1);
        assertThat(receiver.received()).isEmpty();
        assertThat(deliveries(id)).isEmpty();
    }

    @Test
    void aRuleCallQueuesOneDeliveryWithItsOwnPayload() throws Exception {
        TestWebhookReceiver receiver = receiver();
        long id = subscribed(receiver, "CONTACT_CREATED").get("id").asLong();
        String marker = Unique.key("call");

        Long deliveryId = transaction.execute(status -> calls.call(id, "DEAL_IDLE_IN_STAGE", Map.of("rule", marker, "id", "ignored"),
                null, null, "rule-test:" + marker).orElseThrow());

        await().atMost(PATIENCE).until(() -> receiver.receivedAbout(marker).size() == 1);
        JsonNode body = json.readTree(receiver.receivedAbout(marker).get(0).body());
        assertThat(body.get("id").asText()).isEqualTo(deliveryId.toString());
        assertThat(body.get("event").asText()).isEqualTo("DEAL_IDLE_IN_STAGE");
        assertThat(body.get("rule").asText()).isEqualTo(marker);
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key = ?", "rule-test:" + marker)).isOne();
    }

    @Test
    void aRuleWithACallWebhookActionPostsTheDealItFiredFor() throws Exception {
        TestWebhookReceiver receiver = receiver();
        JsonNode subscription = subscribed(receiver, "CONTACT_CREATED");
        String marker = Unique.key("rule-call");
        HttpResponse<String> rule = api().postJson("/api/v1/rules", """
                {"name": "%s", "trigger": {"type": "DEAL_CREATED"},
                 "conditions": {"all": [{"field": "deal.fields.campaign", "op": "EQUALS", "value": "%s"}]},
                 "actions": [{"type": "CALL_WEBHOOK", "webhookId": %d}]}""".formatted(marker, marker, subscription.get("id").asLong()));
        assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);
        try {
            HttpResponse<String> deal = api().postJson("/api/v1/deals", ApiClient.dealJson(null, Unique.email("rule-call"), "Rule Call",
                    "{\"campaign\": \"" + marker + "\"}"));
            assertThat(deal.statusCode()).as(deal.body()).isEqualTo(201);
            long dealId = read(deal).get("dealId").asLong();

            await().atMost(PATIENCE).until(() -> receiver.receivedAbout(marker).size() == 1);
            TestWebhookReceiver.Received call = receiver.receivedAbout(marker).get(0);
            JsonNode body = json.readTree(call.body());
            assertThat(body.get("event").asText()).isEqualTo("DEAL_CREATED");
            assertThat(body.path("deal").path("id").asLong()).isEqualTo(dealId);
            assertThat(signedWith(subscription.get("secret").asText(), call)).isTrue();
            assertThat(api().get("/api/v1/deals/" + dealId + "/timeline").body()).contains("called with DEAL_CREATED");
        } finally {
            api().delete("/api/v1/rules/" + read(rule).get("id").asLong());
        }
    }

    @Test
    void whatCannotBeSavedIsRefusedWithAProblem() throws Exception {
        TestWebhookReceiver receiver = receiver();
        long id = subscribed(receiver, "DEAL_CREATED").get("id").asLong();

        for (String bad : List.of(
                "{\"url\": \"ftp://example.com/x\", \"events\": [\"DEAL_CREATED\"]}",
                "{\"url\": \"https://user:pass@example.com/x\", \"events\": [\"DEAL_CREATED\"]}",
                "{\"url\": \"" + receiver.url() + "\", \"events\": []}",
                "{\"url\": \"" + receiver.url() + "\", \"events\": [\"DEAL_EXPLODED\"]}",
                "{\"url\": \"" + receiver.url() + "\", \"events\": [\"DEAL_CREATED\"], \"secret\": \"short\"}")) {
            HttpResponse<String> refused = api().postJson("/api/v1/webhooks", bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(422);
            assertThat(ApiClient.isProblem(refused)).isTrue();
        }
        HttpResponse<String> secretByPut = api().put("/api/v1/webhooks/" + id, "{\"url\": \"" + receiver.url()
                + "\", \"events\": [\"DEAL_CREATED\"], \"secret\": \"a-new-secret-0123456789\"}");
        assertThat(secretByPut.statusCode()).isEqualTo(422);
        assertThat(read(secretByPut).get("detail").asText()).contains("rotate-secret");
        assertThat(api().get("/api/v1/webhooks/999999999").statusCode()).isEqualTo(404);
        assertThat(api().postJson("/api/v1/webhooks/deliveries/999999999/replay", "").statusCode()).isEqualTo(404);
    }
}

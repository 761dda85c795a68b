package com.leadwire.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.shared.SequenceIds;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.TestSmtp;
import com.leadwire.testsupport.Unique;

import jakarta.mail.internet.MimeMessage;

/** Delivery of queued messages to a real SMTP server, run on H2 and on MariaDB. */
abstract class OutboxDeliveryContract extends IntegrationTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private OutboxRows rows;

    @Autowired
    private OutboxProperties properties;

    @Autowired
    private List<OutboxSender> senders;

    @Autowired
    private SequenceIds ids;

    @Autowired
    private CamelContext camel;

    private long newAutocloudLead(String email) throws Exception {
        HttpResponse<String> response = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals",
                ApiClient.dealJson("leads-autocloud", email, "Maria Entrega", null));
        assertThat(response.statusCode()).isEqualTo(201);
        return json.readTree(response.body()).get("dealId").asLong();
    }

    private List<String> statuses(long dealId) {
        return jdbc.queryForList("SELECT status FROM outbox_message WHERE deal_id = ? ORDER BY id", String.class, dealId);
    }

    @Test
    void theDemoEmailsOfANewLeadReachTheMailServer() throws Exception {
        String email = Unique.email("entrega");
        long dealId = newAutocloudLead(email);

        await().atMost(PATIENCE).until(() -> statuses(dealId), all -> all.size() == 2 && all.stream().allMatch("SENT"::equals));
        List<MimeMessage> welcome = TestSmtp.receivedBy(email);
        assertThat(welcome).hasSize(1);
        assertThat(welcome.get(0).getSubject()).isEqualTo("A TRANSFORMAÇÃO ESTÁ A CAMINHO");
        assertThat(TestSmtp.receivedBy("ana.souza@comercial.example"))
                .anySatisfy(team -> assertThat(team.getSubject()).isEqualTo("LEADS - NOVO ENVIO: Maria Entrega"));
    }

    @Test
    void aNewLeadsEmailsLeaveRightAfterItsCommitWithoutWaitingForTheDeliveryRoute() throws Exception {
        String email = Unique.email("na-hora");
        camel.getRouteController().stopRoute("outbox-delivery");
        try {
            long dealId = newAutocloudLead(email);

            await().atMost(PATIENCE).until(() -> statuses(dealId), all -> all.size() == 2 && all.stream().allMatch("SENT"::equals));
            assertThat(TestSmtp.receivedBy(email)).hasSize(1);
        } finally {
            camel.getRouteController().startRoute("outbox-delivery");
        }
    }

    @Test
    void rowsClaimedByANodeThatDiedAreSentOnceByTheNextClaimAfterTheirClaimRanOut() throws Exception {
        long id = ids.next("outbox_message_seq");
        String email = Unique.email("orfao");
        Timestamp ranOut = Timestamp.from(Instant.now().minusSeconds(1));
        jdbc.update("""
                INSERT INTO outbox_message (id, channel, idempotency_key, recipient, payload, status, claim_token, attempts,
                                            next_attempt_at, created_at)
                VALUES (?, 'MAIL', ?, ?, ?, 'SENDING', 'a-node-that-died', 0, ?, ?)""", id, Unique.key("orphan"), email,
                mailJson(email), ranOut, ranOut);

        await().atMost(PATIENCE).until(() -> status(id).equals("SENT"));
        assertThat(TestSmtp.receivedBy(email)).hasSize(1);
    }

    @Test
    void mailQueuedWhileTheMailServerIsDownIsDeliveredOnceWhenItIsBack() throws Exception {
        String email = Unique.email("fora-do-ar");
        TestSmtp.stop();
        long dealId;
        try {
            dealId = newAutocloudLead(email);
            await().atMost(PATIENCE).until(() -> count(
                    "SELECT COUNT(*) FROM outbox_message WHERE deal_id = ? AND status = 'PENDING' AND attempts >= 2 AND last_error IS NOT NULL",
                    dealId) == 2);
        } finally {
            TestSmtp.start();
        }

        await().atMost(PATIENCE).until(() -> statuses(dealId), all -> all.stream().allMatch("SENT"::equals));
        String key = jdbc.queryForObject("SELECT idempotency_key FROM outbox_message WHERE deal_id = ? AND recipient = ?",
                String.class, dealId, email);
        List<MimeMessage> received = TestSmtp.receivedBy(email);
        assertThat(received).hasSize(1);
        assertThat(TestSmtp.header(received.get(0), "X-Leadwire-Key")).isEqualTo(key);
    }

    @Test
    void aMessageThatCanNeverBeSentIsDeadUntilAnAdminFixesAndRetriesIt() throws Exception {
        long id = ids.next("outbox_message_seq");
        String fixedAddress = Unique.email("corrigido");
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO outbox_message (id, channel, idempotency_key, recipient, payload, status, attempts, next_attempt_at, created_at)
                VALUES (?, 'MAIL', ?, 'two addresses', ?, 'PENDING', 0, ?, ?)""", id, Unique.key("dead"),
                mailJson("a@example.com, b@example.com"), now, now);

        await().atMost(PATIENCE).until(() -> status(id).equals("DEAD"));
        assertThat(jdbc.queryForObject("SELECT last_error FROM outbox_message WHERE id = ?", String.class, id)).contains("address");
        assertThat(ApiClient.authenticated(baseUrl()).get("/api/v1/outbox/dead?limit=500").body()).contains("\"id\":" + id);

        jdbc.update("UPDATE outbox_message SET payload = ? WHERE id = ?", mailJson(fixedAddress), id);
        assertThat(ApiClient.authenticated(baseUrl()).postJson("/api/v1/outbox/" + id + "/retry", "").statusCode()).isEqualTo(202);

        await().atMost(PATIENCE).until(() -> status(id).equals("SENT"));
        assertThat(TestSmtp.receivedBy(fixedAddress)).hasSize(1);
        HttpResponse<String> again = ApiClient.authenticated(baseUrl()).postJson("/api/v1/outbox/" + id + "/retry", "");
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(ApiClient.isProblem(again)).isTrue();
    }

    @Test
    void twoDeliverersOnOneDatabaseSendEveryRowExactlyOnce() throws Exception {
        String prefix = Unique.key("shared");
        Map<Long, AtomicInteger> sends = new ConcurrentHashMap<>();
        OutboxSender countingWebhook = new OutboxSender() {
            @Override
            public OutboxChannel channel() {
                return OutboxChannel.WEBHOOK;
            }

            @Override
            public void send(PendingMessage message) {
                if (!message.idempotencyKey().startsWith(prefix)) {
                    throw new IllegalStateException("not this test's row");
                }
                sends.computeIfAbsent(message.id(), id -> new AtomicInteger()).incrementAndGet();
            }
        };
        List<OutboxSender> withWebhook = new ArrayList<>(senders);
        withWebhook.add(countingWebhook);
        // the app's own delivery would hand these rows to its real webhook sender: only the two test nodes may claim them
        camel.getRouteController().stopRoute("outbox-delivery");
        List<Long> rowIds = insertWebhookRows(prefix, 300);

        OutboxDelivery first = new OutboxDelivery(rows, properties, withWebhook);
        OutboxDelivery second = new OutboxDelivery(rows, properties, withWebhook);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = nodes.submit(() -> deliverUntilSent(first, prefix));
            Future<?> b = nodes.submit(() -> deliverUntilSent(second, prefix));
            a.get();
            b.get();
        } finally {
            nodes.shutdownNow();
            first.destroy();
            second.destroy();
            camel.getRouteController().startRoute("outbox-delivery");
        }

        assertThat(sends.keySet()).containsExactlyInAnyOrderElementsOf(rowIds);
        assertThat(sends.values()).allSatisfy(times -> assertThat(times.get()).isOne());
    }

    private void deliverUntilSent(OutboxDelivery delivery, String prefix) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> {
            delivery.deliverDue();
            return count("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE ? AND status <> 'SENT'", prefix + "%") == 0;
        });
    }

    private List<Long> insertWebhookRows(String prefix, int howMany) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Long> rowIds = new ArrayList<>();
        List<Object[]> args = new ArrayList<>();
        for (int i = 0; i < howMany; i++) {
            long id = ids.next("outbox_message_seq");
            rowIds.add(id);
            args.add(new Object[] {id, prefix + "-" + i, now, now});
        }
        jdbc.batchUpdate("""
                INSERT INTO outbox_message (id, channel, idempotency_key, recipient, payload, status, attempts, next_attempt_at, created_at)
                VALUES (?, 'WEBHOOK', ?, 'http://127.0.0.1:9/hook', '{}', 'PENDING', 0, ?, ?)""", args);
        return rowIds;
    }

    private String status(long id) {
        return jdbc.queryForObject("SELECT status FROM outbox_message WHERE id = ?", String.class, id);
    }

    private String mailJson(String to) throws Exception {
        return json.writeValueAsString(Map.of("to", List.of(to), "bcc", List.of(), "subject", "Teste", "text", "Olá"));
    }
}

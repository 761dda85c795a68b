package com.leadwire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.leadwire.testsupport.PackagedApp;
import com.leadwire.testsupport.ReadyNoticeLines;
import com.leadwire.testsupport.RouteFiles;

/**
 * The packaged jar as an operator runs it: {@code java -jar} from an empty folder on the embedded
 * default (H2 under ./data). The checks share the child JVM's starts, in order: once ready it says
 * where the panel, its login and the API docs are, it serves the API and the panel, loses no
 * acknowledged event to a kill -9 under load, names the login again without its password after the
 * restart, and stops cleanly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedJarIntegrationTests {

    private static final Pattern DEAL_ID = Pattern.compile("\"dealId\"\\s*:\\s*(\\d+)");
    private static final int CLIENTS = 8;
    private static final Pattern FIRST_LOGIN = Pattern.compile(
            "  Panel:    (\\S+)/ - log in as 'admin' with password '([^']+)' \\(generated at this first start and shown only this once; change it in the panel under My account, /account\\)");

    private Path folder;
    private PackagedApp app;
    private String firstStartPassword;

    @BeforeAll
    void startInAnEmptyFolder(@TempDir Path emptyFolder) {
        folder = emptyFolder;
        app = PackagedApp.start(folder).awaitReady();
    }

    @AfterAll
    void stopWhateverRuns() {
        if (app != null && app.isAlive()) {
            app.kill9();
        }
    }

    @Test
    @Order(1)
    void startsEveryChannelRouteFromTheJarWithNoRoutesFolderBeside() {
        assertThat(folder.resolve("routes")).doesNotExist();

        HttpResponse<String> readiness = app.readiness();

        assertThat(readiness.body()).contains("\"routes\":" + RouteFiles.declaredRouteIds().size(),
                "\"started\":" + RouteFiles.declaredRouteIds().size());
    }

    @Test
    @Order(2)
    void saysWhereThePanelItsLoginAndTheApiDocsAreBelowAQuietStart() {
        String base = "http://localhost:" + URI.create(app.baseUrl()).getPort();
        List<String> log = app.logLines();

        List<String> notice = ReadyNoticeLines.lastIn(log);
        assertThat(notice).hasSize(4);
        assertThat(notice.get(0)).isEqualTo("Leadwire is ready on " + base);
        Matcher login = FIRST_LOGIN.matcher(notice.get(1));
        assertThat(login.matches()).as(notice.get(1)).isTrue();
        assertThat(login.group(1)).isEqualTo(base);
        assertThat(notice.get(2)).isEqualTo("  API docs: " + base + "/swagger-ui.html (OpenAPI description: " + base + "/v3/api-docs)");
        assertThat(notice.get(3)).isEqualTo("  API key:  send yours in the X-Api-Key header");
        assertThat(ReadyNoticeLines.frameworkInfo(log)).as("the frameworks' INFO is quiet").isEmpty();

        firstStartPassword = login.group(2);
        assertThat(log).filteredOn(line -> line.contains(firstStartPassword)).as("the password is printed once").hasSize(1);
        HttpResponse<String> loggedIn = app.http().post("/login", "application/x-www-form-urlencoded",
                "username=admin&password=" + URLEncoder.encode(firstStartPassword, StandardCharsets.UTF_8));
        assertThat(loggedIn.headers().firstValue("Location")).as("the printed password logs in")
                .hasValueSatisfying(next -> assertThat(next).doesNotContain("login"));
    }

    @Test
    @Order(3)
    void acceptsADealAndServesThePanelsLoginPage() {
        HttpResponse<String> created = app.api().header("Idempotency-Key", "packaged-first")
                .postJson("/api/v1/deals", dealJson("packaged-first@example.com"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).containsPattern(DEAL_ID);

        HttpResponse<String> login = app.http().get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Matcher bundle = Pattern.compile("src=\"(?:\\./)?(VAADIN/build/[^\"]+\\.js)\"").matcher(login.body());
        assertThat(bundle.find()).as("the login page loads the production bundle").isTrue();
        assertThat(app.http().get("/" + bundle.group(1)).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void losesNoAcknowledgedEventNorPendingTimerToAKill9UnderLoad() throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> load = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int id = client;
            load.add(clients.submit(() -> postUntilStopped(id, loading, acknowledged)));
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= 300);
        String followUp = pendingFollowUp();

        app.kill9();
        loading.set(false);
        clients.shutdown();
        for (Future<?> client : load) {
            client.get();
        }
        app = PackagedApp.start(folder).awaitReady();

        List<String> lost = new ArrayList<>();
        acknowledged.forEach((key, dealId) -> {
            HttpResponse<String> replay = app.api().header("Idempotency-Key", key).postJson("/api/v1/deals", dealJson(key + "@example.com"));
            boolean sameDeal = replay.statusCode() == 201 && replay.headers().firstValue("Idempotent-Replayed").isPresent()
                    && dealId.equals(dealId(replay));
            boolean contactKept = app.api().get("/api/v1/contacts?email=" + key + "@example.com").statusCode() == 200;
            if (!sameDeal || !contactKept) {
                lost.add(key);
            }
        });
        assertThat(lost).as("of %d acknowledged events", acknowledged.size()).isEmpty();
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(app.api().get("/api/v1/deals/" + followUp).body())
                .contains("\"followed_up\":\"yes\""));
        assertThat(app.api().get("/api/v1/deals/" + followUp + "/timeline").body().split("\"ruleName\":\"Follow-up after a kill\"", -1))
                .as("the delayed rule fired once").hasSize(2);
    }

    /**
     * A delay rule (20 s after a deal is created, set a field) and a deal it waits for; answers the
     * deal's id once its timer is pending.
     */
    private String pendingFollowUp() {
        HttpResponse<String> rule = app.api().postJson("/api/v1/rules", """
                {"name": "Follow-up after a kill", "enabled": true, "trigger": {"type": "DELAY", "of": "DEAL_CREATED", "after": "PT20S"},
                 "conditions": {"all": [{"field": "deal.fields.marker", "op": "EQUALS", "value": "follow-up"}], "any": []},
                 "actions": [{"type": "SET_FIELD", "field": "followed_up", "value": "yes"}]}""");
        assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);
        HttpResponse<String> deal = app.api().postJson("/api/v1/deals", """
                {"source": "leads", "contact": {"email": "follow-up@example.com"}, "deal": {"fields": {"marker": "follow-up"}}}""");
        assertThat(deal.statusCode()).as(deal.body()).isEqualTo(201);
        String dealId = dealId(deal);
        assertThat(app.api().get("/api/v1/deals/" + dealId + "/timers").body()).contains("Follow-up after a kill");
        return dealId;
    }

    @Test
    @Order(5)
    void aRestartOnTheSameDataNamesTheAdminLoginWithoutItsPassword() {
        List<String> log = app.logLines();

        assertThat(ReadyNoticeLines.lastIn(log)).element(1).isEqualTo("  Panel:    http://localhost:"
                + URI.create(app.baseUrl()).getPort() + "/ - log in as 'admin'");
        assertThat(log).noneMatch(line -> line.contains(firstStartPassword) || line.contains("with password"));
    }

    @Test
    @Order(6)
    void stopsCleanlyOnSigterm() {
        int status = app.stop();

        assertThat(status).as("a JVM ended by SIGTERM after its shutdown hooks").isEqualTo(143);
        assertThat(app.logLines()).filteredOn(line -> line.contains(" ERROR ")).isEmpty();
    }

    /** Posts new deals, each with its own key and e-mail, until told to stop or the app is gone. */
    private void postUntilStopped(int client, AtomicBoolean loading, Map<String, String> acknowledged) {
        for (int n = 0; loading.get(); n++) {
            String key = "kill-" + client + "-" + n;
            try {
                HttpResponse<String> answer = app.api().header("Idempotency-Key", key).postJson("/api/v1/deals", dealJson(key + "@example.com"));
                if (answer.statusCode() == 201) {
                    acknowledged.put(key, dealId(answer));
                }
            } catch (UncheckedIOException | IllegalStateException killedMidRequest) {
                return;
            }
        }
    }

    private static String dealJson(String email) {
        return """
                {"source": "leads", "contact": {"email": "%s", "name": "Packaged Test"}, "deal": {"title": "Packaged"}}"""
                .formatted(email);
    }

    private static String dealId(HttpResponse<String> answer) {
        Matcher id = DEAL_ID.matcher(answer.body());
        return id.find() ? id.group(1) : null;
    }
}

package com.leadwire.automation.timers;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.leadwire.testsupport.IntegrationTestSupport;

/**
 * With 100k pending timers, claiming the due ones is a range scan of ix_automation_timer_due in
 * due order (no table scan, no sort), and a deal's pending timers are read by
 * ix_automation_timer_deal: the plans of the very statements {@link TimerRows} runs, on H2 and on
 * MariaDB. {@code bench/run.sh timers} prints the MariaDB plan and times the claim.
 */
abstract class TimerScanPlanContract extends IntegrationTestSupport {

    private static final int PENDING = 100_000;
    private static final int DUE = 1_000;

    @Autowired
    private NamedParameterJdbcTemplate named;

    @Autowired
    private Clock clock;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private CamelContext camel;

    private final long rule = ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 1_000_000_000_000_000L);

    @BeforeEach
    void onlyTheTestClaims() throws Exception {
        camel.getRouteController().stopRoute(TimersContract.ROUTE);
    }

    @AfterEach
    void removeTheTimers() throws Exception {
        jdbc.update("DELETE FROM automation_timer WHERE rule_id = ?", rule);
        camel.getRouteController().startRoute(TimersContract.ROUTE);
    }

    @Test
    void claimingDueTimersAmong100kPendingIsARangeScanOfTheDueIndex() {
        Instant now = clock.instant();
        long started = System.nanoTime();
        insertPending(now);
        System.out.printf("TIMERS %s: %d pending timers inserted in %d ms%n", database(), PENDING, (System.nanoTime() - started) / 1_000_000);

        List<Map<String, Object>> claimPlan = explain(TimerRows.CLAIM_DUE, Map.of("now", Timestamp.from(now), "limit", 100));
        List<Map<String, Object>> dealPlan = explain(TimerRows.PENDING_OF, Map.of("deal", rule + 7));
        System.out.println("TIMERS claim plan: " + claimPlan);
        System.out.println("TIMERS pendingOf plan: " + dealPlan);

        assertUsesIndex(claimPlan, "ix_automation_timer_due", "automation_timer");
        assertUsesIndex(dealPlan, "ix_automation_timer_deal", "t");
        assertThat(claimed(now)).hasSize(100);
    }

    /**
     * 100k pending timers of 100 deals, 1% of them due, in one INSERT … SELECT over a generated
     * series (five cross-joined digits: MariaDB stops recursive CTEs at 1,000 rows by default).
     */
    private void insertPending(Instant now) {
        named.update("""
                INSERT INTO automation_timer (id, timer_key, rule_id, deal_id, kind, base_at, due_at, status, attempts, created_at)
                WITH digit (n) AS (SELECT 0 UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
                                   UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9),
                     series (i) AS (SELECT a.n + 10 * b.n + 100 * c.n + 1000 * d.n + 10000 * e.n
                                    FROM digit a, digit b, digit c, digit d, digit e)
                SELECT NEXT VALUE FOR automation_timer_seq, CONCAT(:key, i), :rule, CAST(:rule AS DECIMAL(19, 0)) + MOD(i, 100), 'DELAY',
                       TIMESTAMPADD(DAY, -1, CAST(:now AS DATETIME(6))),
                       CASE WHEN i < :due THEN TIMESTAMPADD(SECOND, -1 - i, CAST(:now AS DATETIME(6)))
                            ELSE TIMESTAMPADD(SECOND, 60 + i * 25, CAST(:now AS DATETIME(6))) END,
                       'PENDING', 0, CAST(:now AS DATETIME(6))
                FROM series""", Map.of("key", "plan:" + rule + ":", "rule", rule, "due", DUE, "now", Timestamp.from(now)));
    }

    private List<Long> claimed(Instant now) {
        TransactionTemplate claim = new TransactionTemplate(transactions);
        return claim.execute(status -> {
            status.setRollbackOnly();
            return named.query(TimerRows.CLAIM_DUE, Map.of("now", Timestamp.from(now), "limit", 100), (rs, n) -> rs.getLong("id"));
        });
    }

    private List<Map<String, Object>> explain(String sql, Map<String, Object> params) {
        return named.queryForList("EXPLAIN " + sql, params);
    }

    /** H2 names the index in its one-column plan; MariaDB says per table how it reads it. */
    private void assertUsesIndex(List<Map<String, Object>> plan, String index, String table) {
        if (plan.get(0).containsKey("PLAN")) {
            String text = String.valueOf(plan.get(0).get("PLAN")).toLowerCase();
            assertThat(text).contains("/* public." + index + ":").doesNotContain("tablescan");
            return;
        }
        assertThat(plan).filteredOn(row -> table.equals(row.get("table"))).singleElement().satisfies(row -> {
            assertThat(row.get("key")).isEqualTo(index);
            assertThat(row.get("type")).isIn("range", "ref");
            assertThat(String.valueOf(row.get("Extra"))).doesNotContain("filesort");
        });
    }

    private String database() {
        return jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
    }
}

package com.leadwire.leads.figures;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.automation.sequences.FollowUpFigures;
import com.leadwire.automation.sequences.FollowUpFigures.SentEmails;
import com.leadwire.automation.sequences.FollowUpFigures.TargetedLeads;
import com.leadwire.leads.LeadManagementFigures;
import com.leadwire.leads.LeadManagementFigures.GroupFigures;
import com.leadwire.leads.LeadManagementFigures.StepFigures;
import com.leadwire.pipeline.PipelineStatistics.Amount;

/**
 * The SQL behind {@link com.leadwire.leads.LeadFigures}: the e-mails and targeted leads come from the
 * follow-ups ({@link FollowUpFigures}), the conversions from {@code lead_conversion}
 * ({@link ConversionRecorder}); every figure is summed per group, then over all groups.
 */
@Component
public class LeadFigureQueries {

    private record Group(long id, String name) {
    }

    private record StepValue(long groupId, int step, Amount amount) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final FollowUpFigures followUps;

    LeadFigureQueries(NamedParameterJdbcTemplate jdbc, FollowUpFigures followUps) {
        this.jdbc = jdbc;
        this.followUps = followUps;
    }

    public LeadManagementFigures of(Instant from, Instant to) {
        MapSqlParameterSource period = new MapSqlParameterSource("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
        List<SentEmails> sent = followUps.sentPerGroupAndStep(from, to);
        Map<Long, Long> targeted = followUps.targetedPerGroup(from, to).stream()
                .collect(Collectors.toMap(TargetedLeads::groupId, TargetedLeads::count));
        Map<Long, Long> converted = new HashMap<>();
        jdbc.query("""
                SELECT group_id, COUNT(*) AS converted FROM lead_conversion
                WHERE first_sent_at >= :from AND first_sent_at < :to AND last_step IS NOT NULL
                GROUP BY group_id""", period, rs -> {
                    converted.put(rs.getLong("group_id"), rs.getLong("converted"));
                });
        List<StepValue> values = jdbc.query("""
                SELECT group_id, last_step, currency, SUM(amount) AS revenue FROM lead_conversion
                WHERE converted_at >= :from AND converted_at < :to AND last_step IS NOT NULL AND amount IS NOT NULL
                GROUP BY group_id, last_step, currency""", period,
                (rs, n) -> new StepValue(rs.getLong("group_id"), rs.getInt("last_step"),
                        new Amount(rs.getString("currency"), rs.getBigDecimal("revenue"))));

        Map<Long, Group> groups = new LinkedHashMap<>();
        jdbc.query("SELECT id, name FROM lead_group ORDER BY priority DESC, name", Map.of(),
                rs -> {
                    groups.put(rs.getLong("id"), new Group(rs.getLong("id"), rs.getString("name")));
                });
        List<Long> shown = new ArrayList<>(groups.keySet());
        sent.stream().map(SentEmails::groupId).distinct().filter(id -> !groups.containsKey(id)).sorted().forEach(shown::add);
        values.stream().map(StepValue::groupId).distinct().filter(id -> !groups.containsKey(id) && !shown.contains(id)).sorted()
                .forEach(shown::add);

        List<GroupFigures> perGroup = shown.stream().map(id -> figures(id, groups.get(id), sent, values, targeted, converted)).toList();
        return new LeadManagementFigures(perGroup, figures(null, null, sent, values, targeted, converted));
    }

    /** One group's figures, or ({@code id} null) all groups'. */
    private static GroupFigures figures(Long id, Group group, List<SentEmails> sent, List<StepValue> values, Map<Long, Long> targeted,
                                        Map<Long, Long> converted) {
        List<StepFigures> steps = IntStream.rangeClosed(1, LeadManagementFigures.STEPS).mapToObj(step -> new StepFigures(step,
                sent.stream().filter(row -> row.step() == step && (id == null || row.groupId() == id)).mapToLong(SentEmails::count).sum(),
                sum(values.stream().filter(row -> row.step() == step && (id == null || row.groupId() == id)).map(StepValue::amount).toList())))
                .toList();
        long targetedLeads = id == null ? targeted.values().stream().mapToLong(Long::longValue).sum() : targeted.getOrDefault(id, 0L);
        long convertedLeads = id == null ? converted.values().stream().mapToLong(Long::longValue).sum() : converted.getOrDefault(id, 0L);
        List<Amount> value = sum(steps.stream().flatMap(step -> step.value().stream()).toList());
        return new GroupFigures(id, group == null ? null : group.name(), id != null && group == null, targetedLeads, convertedLeads,
                targetedLeads == 0 ? null : (double) convertedLeads / targetedLeads, steps, value);
    }

    /** Amounts summed per currency, in the order of their currency (none last). */
    private static List<Amount> sum(List<Amount> amounts) {
        Map<String, BigDecimal> perCurrency = new TreeMap<>(Comparator.nullsLast(Comparator.<String>naturalOrder()));
        amounts.forEach(amount -> perCurrency.merge(amount.currency(), amount.amount(), BigDecimal::add));
        return perCurrency.entrySet().stream().map(entry -> new Amount(entry.getKey(), entry.getValue())).toList();
    }
}

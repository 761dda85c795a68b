package com.leadwire.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.leadwire.testsupport.MigrationDatabase;

/**
 * V46 converts the rules stored before V45 (conditions by name) to the new shape: a trigger
 * object, and an all-of list whose pipeline and stage are ids where the names exist. Run on an
 * own database of each kind, so the rows of before exist when the migration runs.
 */
abstract class RuleMigrationContract {

    private static final String ACTIONS = "[{\"type\":\"SEND_EMAIL\",\"template\":\"LEADS - NOVO ENVIO\",\"to\":[\"team\"],\"bcc\":[]}]";

    private final ObjectMapper json = new ObjectMapper();

    abstract MigrationDatabase freshDatabase();

    @Test
    void rulesOfBeforeGetATriggerObjectAndConditionsWithIds() throws Exception {
        MigrationDatabase database = freshDatabase();
        JdbcTemplate jdbc = database.jdbc();
        database.migrateTo("45");
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO pipeline (id, name, position, created_at) VALUES (9001, 'Autocloud', 0, ?)", now);
        jdbc.update("INSERT INTO stage (id, pipeline_id, name, position, kind) VALUES (9002, 9001, 'LEAD', 0, 'OPEN')");
        rule(jdbc, 9101, true, "{\"source\":null,\"pipeline\":\"autocloud\",\"stage\":\"lead\",\"fields\":{\"platform\":\"x\"}}", now);
        rule(jdbc, 9102, false, "{\"source\":\"site\",\"pipeline\":\"Gone\",\"stage\":\"LEAD\",\"fields\":{}}", now);
        rule(jdbc, 9103, true, "{\"source\":null,\"pipeline\":null,\"stage\":null,\"fields\":{}}", now);

        database.migrateTo("latest");

        Map<String, Object> converted = jdbc.queryForMap("SELECT trigger_kind, trigger_spec, conditions, actions, active, enabled_at "
                + "FROM automation_rule WHERE id = 9101");
        assertThat(converted.get("trigger_kind")).isEqualTo("DEAL_CREATED");
        RuleTrigger trigger = json.readValue((String) converted.get("trigger_spec"), RuleTrigger.class);
        assertThat(trigger).isEqualTo(RuleTrigger.of(TriggerType.DEAL_CREATED));
        assertThat(conditions(converted)).isEqualTo(new RuleConditions(List.of(
                equals("pipeline", "9001"), equals("stage", "9002"), equals("deal.fields.platform", "x")), List.of()));
        assertThat(converted.get("actions")).as("actions had the new shape already").isEqualTo(ACTIONS);
        assertThat(converted.get("enabled_at")).as("an active rule counts as enabled since the migration").isNotNull();

        Map<String, Object> unknownPipeline = jdbc.queryForMap("SELECT conditions, enabled_at FROM automation_rule WHERE id = 9102");
        assertThat(conditions(unknownPipeline)).as("names that match nothing are kept: they still match by name").isEqualTo(
                new RuleConditions(List.of(equals("source", "site"), equals("pipeline", "Gone"), equals("stage", "LEAD")), List.of()));
        assertThat(unknownPipeline.get("enabled_at")).isNull();
        assertThat(conditions(jdbc.queryForMap("SELECT conditions FROM automation_rule WHERE id = 9103"))).isEqualTo(RuleConditions.ALWAYS);
        List<RuleAction> actions = List.of(json.readValue((String) converted.get("actions"), RuleAction[].class));
        assertThat(actions).containsExactly(RuleAction.email("LEADS - NOVO ENVIO", List.of("team"), List.of()));
    }

    private RuleConditions conditions(Map<String, Object> row) throws Exception {
        return json.readValue((String) row.get("conditions"), RuleConditions.class);
    }

    private static Condition equals(String field, String value) {
        return new Condition(field, Condition.Op.EQUALS, TextNode.valueOf(value));
    }

    private static void rule(JdbcTemplate jdbc, long id, boolean active, String conditions, Timestamp now) {
        jdbc.update("INSERT INTO automation_rule (id, name, active, position, trigger_kind, conditions, actions, created_at) "
                + "VALUES (?, ?, ?, 0, 'DEAL_CREATED', ?, ?, ?)", id, "rule " + id, active, conditions, ACTIONS, now);
    }
}

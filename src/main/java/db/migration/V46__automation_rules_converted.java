package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Converts the rules stored before V45 to the new shape: the trigger becomes a JSON object, and
 * the conditions, stored by name ({@code {"source": …, "pipeline": "autocloud", "stage": "LEAD",
 * "fields": {…}}}), become an all-of list; a pipeline or stage named there becomes its id when it
 * exists (a rename then no longer breaks the rule), else the name is kept (it still matches by name).
 * Actions already have the new shape. A rule that was active counts as enabled since the migration.
 */
public class V46__automation_rules_converted extends BaseJavaMigration {

    private final ObjectMapper json = new ObjectMapper();

    private record OldRule(long id, String trigger, String conditions) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<OldRule> rules = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, trigger_kind, conditions FROM automation_rule");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                rules.add(new OldRule(rows.getLong(1), rows.getString(2), rows.getString(3)));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE automation_rule SET trigger_spec = ?, conditions = ?, enabled_at = CASE WHEN active THEN CURRENT_TIMESTAMP END,
                                           updated_at = CURRENT_TIMESTAMP
                WHERE id = ?""")) {
            for (OldRule rule : rules) {
                update.setString(1, json.writeValueAsString(json.createObjectNode().put("type", rule.trigger())));
                update.setString(2, json.writeValueAsString(converted(connection, json.readTree(rule.conditions()))));
                update.setLong(3, rule.id());
                update.executeUpdate();
            }
        }
    }

    private ObjectNode converted(Connection connection, JsonNode old) throws SQLException {
        ObjectNode conditions = json.createObjectNode();
        ArrayNode all = conditions.putArray("all");
        conditions.putArray("any");
        if (old.has("all") || old.has("any")) {
            return (ObjectNode) old;
        }
        String source = text(old, "source");
        String pipeline = text(old, "pipeline");
        String stage = text(old, "stage");
        Long pipelineId = pipeline == null ? null : id(connection, "SELECT id FROM pipeline WHERE LOWER(name) = LOWER(?)", pipeline);
        if (source != null) {
            equals(all, "source", source);
        }
        if (pipeline != null) {
            equals(all, "pipeline", pipelineId == null ? pipeline : pipelineId.toString());
        }
        if (stage != null) {
            Long stageId = pipelineId == null ? null
                    : id(connection, "SELECT id FROM stage WHERE LOWER(name) = LOWER(?) AND pipeline_id = " + pipelineId, stage);
            equals(all, "stage", stageId == null ? stage : stageId.toString());
        }
        JsonNode fields = old.path("fields");
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) fields::fields) {
            equals(all, "deal.fields." + field.getKey(), field.getValue().asText());
        }
        return conditions;
    }

    private static void equals(ArrayNode all, String field, String value) {
        all.addObject().put("field", field).put("op", "EQUALS").put("value", value);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static Long id(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }
}

package com.leadwire.pipeline;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.contacts.Contacts;
import com.leadwire.pipeline.BoardView.Card;
import com.leadwire.pipeline.BoardView.Column;
import com.leadwire.pipeline.BoardView.Summary;
import com.leadwire.pipeline.BoardView.Total;
import com.leadwire.shared.Like;
import com.leadwire.team.Actor;

/**
 * Reads a pipeline's board: one query for the count and value per stage, one per stage for its
 * first cards (a range of the index {@code (stage_id, stage_entered_at)} while no filter applies),
 * one for the contacts' names. Cards come in the order they entered their stage, latest first; a
 * column's next cards are those after its last card shown in that order. A rep's board holds only
 * their own deals and unassigned ones, in its counts and values too.
 */
@Service
@Transactional(readOnly = true)
public class Board {

    private static final String CARD_COLUMNS = "id, stage_id, title, contact_id, amount, currency, source_id, responsible_user_id, "
            + "created_at, stage_entered_at";

    private final NamedParameterJdbcTemplate jdbc;
    private final PlacementCatalog catalog;
    private final Contacts contacts;
    private final DealAccess access;
    private final ObjectMapper json;

    Board(NamedParameterJdbcTemplate jdbc, PlacementCatalog catalog, Contacts contacts, DealAccess access, ObjectMapper json) {
        this.jdbc = jdbc;
        this.access = access;
        this.catalog = catalog;
        this.contacts = contacts;
        this.json = json;
    }

    private record Row(long dealId, long stageId, String title, long contactId, BigDecimal amount, String currency,
                       Long sourceId, Long responsibleUserId, Timestamp createdAt, Timestamp stageEnteredAt) {
    }

    public Optional<BoardView> of(long pipelineId, BoardFilter filter, int cardsPerStage) {
        PlacementCatalog.Snapshot snapshot = catalog.current();
        PipelineView pipeline = snapshot.pipelineById().get(pipelineId);
        if (pipeline == null) {
            return Optional.empty();
        }
        Conditions where = conditions(filter);
        Map<Long, Summary> summaries = summaries(pipeline.stages().stream().map(StageView::id).toList(), where);
        Map<Long, List<Row>> rows = new HashMap<>();
        // an empty column needs no query for its cards
        summaries.keySet().forEach(stageId -> rows.put(stageId, rows(stageId, where, null, cardsPerStage)));
        Map<Long, String> names = contacts.displayNames(contactIds(rows.values().stream().flatMap(List::stream).toList()));
        return Optional.of(new BoardView(pipeline, pipeline.stages().stream().map(stage -> new Column(stage,
                summaries.getOrDefault(stage.id(), Summary.EMPTY),
                rows.getOrDefault(stage.id(), List.of()).stream().map(row -> card(row, names, snapshot)).toList())).toList()));
    }

    /** The column's cards after {@code after} (the last card it shows), in the board's order. */
    public List<Card> cardsAfter(Card after, BoardFilter filter, int limit) {
        PlacementCatalog.Snapshot snapshot = catalog.current();
        List<Row> rows = rows(after.stageId(), conditions(filter), after, limit);
        Map<Long, String> names = contacts.displayNames(contactIds(rows));
        return rows.stream().map(row -> card(row, names, snapshot)).toList();
    }

    /** The count and value of each of {@code stageIds} under the filter, e.g. of the two columns a move changed. */
    public Map<Long, Summary> summaries(Collection<Long> stageIds, BoardFilter filter) {
        return summaries(stageIds, conditions(filter));
    }

    /** The filter and what the actor may see as conditions on {@code deal}, each starting with AND. */
    private Conditions conditions(BoardFilter filter) {
        StringBuilder sql = new StringBuilder();
        MapSqlParameterSource params = new MapSqlParameterSource();
        Actor actor = access.actor();
        if (actor.restricted()) {
            sql.append(actor.userId() == null ? " AND responsible_user_id IS NULL"
                    : " AND (responsible_user_id IS NULL OR responsible_user_id = :actor)");
            params.addValue("actor", actor.userId());
        }
        if (filter.responsibleUserId() != null) {
            sql.append(" AND responsible_user_id = :responsible");
            params.addValue("responsible", filter.responsibleUserId());
        }
        if (filter.sourceId() != null) {
            sql.append(" AND source_id = :source");
            params.addValue("source", filter.sourceId());
        }
        if (filter.product() != null) {
            // products are stored as one text, "a, b, c" (DealPlacer)
            sql.append(" AND LOWER(CONCAT(', ', products, ', ')) LIKE :product");
            params.addValue("product", "%, " + Like.escape(filter.product().toLowerCase(Locale.ROOT)) + ", %");
        }
        if (filter.text() != null) {
            List<Long> matching = contacts.idsMatching(filter.text());
            sql.append(matching.isEmpty() ? " AND LOWER(title) LIKE :text" : " AND (LOWER(title) LIKE :text OR contact_id IN (:contacts))");
            params.addValue("text", "%" + Like.escape(filter.text().toLowerCase(Locale.ROOT)) + "%");
            params.addValue("contacts", matching);
        }
        if (filter.byField()) {
            // custom fields are a JSON object in a text column, written by Jackson without spaces
            // (shared.JsonFields); H2 has no JSON functions, so the pair is searched as text
            sql.append(" AND custom_fields LIKE :field");
            params.addValue("field", "%" + Like.escape(jsonPair(filter.field(), filter.fieldValue())) + "%");
        }
        return new Conditions(sql.toString(), params);
    }

    private record Conditions(String sql, MapSqlParameterSource params) {
    }

    private Map<Long, Summary> summaries(Collection<Long> stageIds, Conditions where) {
        if (stageIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        Map<Long, List<Total>> totals = new LinkedHashMap<>();
        MapSqlParameterSource params = copy(where.params()).addValue("stages", stageIds);
        jdbc.query("SELECT stage_id, currency, COUNT(*), SUM(amount) FROM deal WHERE stage_id IN (:stages)" + where.sql()
                + " GROUP BY stage_id, currency ORDER BY stage_id, currency", params, rs -> {
                    long stage = rs.getLong(1);
                    counts.merge(stage, rs.getLong(3), Long::sum);
                    BigDecimal sum = rs.getBigDecimal(4);
                    if (sum != null) {
                        totals.computeIfAbsent(stage, s -> new ArrayList<>()).add(new Total(rs.getString(2), sum));
                    }
                });
        Map<Long, Summary> summaries = new HashMap<>();
        counts.forEach((stage, count) -> summaries.put(stage, new Summary(count, List.copyOf(totals.getOrDefault(stage, List.of())))));
        return summaries;
    }

    private List<Row> rows(long stageId, Conditions where, Card after, int limit) {
        MapSqlParameterSource params = copy(where.params()).addValue("stage", stageId).addValue("limit", limit);
        String page = "";
        if (after != null) {
            page = " AND (stage_entered_at < :afterAt OR stage_entered_at = :afterAt AND id < :afterId)";
            params.addValue("afterAt", Timestamp.from(after.stageEnteredAt())).addValue("afterId", after.dealId());
        }
        return jdbc.query("SELECT " + CARD_COLUMNS + " FROM deal WHERE stage_id = :stage" + where.sql() + page
                + " ORDER BY stage_entered_at DESC, id DESC LIMIT :limit", params, Board::row);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("stage_id"), rs.getString("title"), rs.getLong("contact_id"),
                rs.getBigDecimal("amount"), rs.getString("currency"), rs.getObject("source_id", Long.class),
                rs.getObject("responsible_user_id", Long.class), rs.getTimestamp("created_at"), rs.getTimestamp("stage_entered_at"));
    }

    private static Card card(Row row, Map<Long, String> names, PlacementCatalog.Snapshot snapshot) {
        SourceView source = row.sourceId() == null ? null : snapshot.sourceById().get(row.sourceId());
        return new Card(row.dealId(), row.stageId(), row.title(), names.get(row.contactId()), row.amount(), row.currency(),
                source == null ? null : source.name(), row.responsibleUserId(), row.createdAt().toInstant(),
                row.stageEnteredAt().toInstant());
    }

    private static Set<Long> contactIds(List<Row> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> ids.add(row.contactId()));
        return ids;
    }

    private String jsonPair(String field, String value) {
        try {
            return json.writeValueAsString(field) + ":" + json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MapSqlParameterSource copy(MapSqlParameterSource params) {
        return new MapSqlParameterSource(params.getValues());
    }
}

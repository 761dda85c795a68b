package com.leadwire.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

class BulkRowsTests {

    private static MapSqlParameterSource row(long id, String tally, Long deal) {
        return new MapSqlParameterSource("id", id).addValue("tally", tally).addValue("deal", deal);
    }

    @Test
    void rowsWithNullsInTheSameColumnsStandTogetherInTheirOrder() {
        List<MapSqlParameterSource> alternating = List.of(row(1, null, 9L), row(2, "contact-1", 9L), row(3, null, 9L),
                row(4, "contact-2", null), row(5, "contact-3", 9L), row(6, null, null));
        MapSqlParameterSource[] ordered = BulkRows.nullsTogether(alternating);
        assertThat(Arrays.stream(ordered).map(row -> row.getValue("id"))).containsExactly(2L, 5L, 4L, 1L, 3L, 6L);
        assertThat(Stream.of(row(1, null, 1L), row(2, "t", 1L)).collect(BulkRows.nullsTogether()))
                .extracting(row -> row.getValue("id")).containsExactly(2L, 1L);
    }

    @Test
    void aBatchWithoutNullsOrOfOneKindKeepsItsOrder() {
        assertThat(BulkRows.nullsTogether(List.of(row(3, "a", 1L), row(1, "b", 2L), row(2, "c", 3L))))
                .extracting(row -> row.getValue("id")).containsExactly(3L, 1L, 2L);
        assertThat(BulkRows.nullsTogether(List.of())).isEmpty();
    }
}

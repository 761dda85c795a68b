package com.leadwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** bench/DashboardQueries.java explains and times the statements of {@link DealStatistics}: the same ones. */
class DealStatisticsBenchTests {

    @Test
    void theBenchRunsTheStatementsTheDashboardRuns() throws Exception {
        String bench = words(Files.readString(Path.of("bench", "DashboardQueries.java")));

        for (String statement : List.of(DealStatistics.STAGE_DEALS, DealStatistics.SOURCE_DEALS, DealStatistics.MEDIAN_STAYS)) {
            assertThat(bench).contains(words(statement));
        }
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}

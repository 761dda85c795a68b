package com.leadwire.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTests {

    @Test
    void quotesWhatWouldSplitACellAndDefusesFormulas() {
        assertThat(CsvCells.of("plain reason")).isEqualTo("plain reason");
        assertThat(CsvCells.of("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvCells.of("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.of("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvCells.of("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvCells.of("+1")).isEqualTo("'+1");
        assertThat(CsvCells.of("-2")).isEqualTo("'-2");
        assertThat(CsvCells.of("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.of("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvCells.of("João")).isEqualTo("João");
        assertThat(CsvCells.of(null)).isEmpty();
    }
}

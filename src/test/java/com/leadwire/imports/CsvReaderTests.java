package com.leadwire.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTests {

    private static List<List<String>> records(byte[] bytes) throws IOException {
        try (CsvReader csv = new CsvReader(new ByteArrayInputStream(bytes), 1000)) {
            List<List<String>> records = new ArrayList<>();
            for (List<String> record = csv.next(); record != null; record = csv.next()) {
                records.add(record);
            }
            return records;
        }
    }

    private static List<List<String>> records(String text) throws IOException {
        return records(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsQuotedFieldsWithDelimitersLineBreaksAndDoubledQuotes() throws IOException {
        assertThat(records("a,b,c\r\n\"x, y\",\"line1\nline2\",\"say \"\"hi\"\"\"\r\nplain,,last\n"))
                .containsExactly(List.of("a", "b", "c"), List.of("x, y", "line1\nline2", "say \"hi\""), List.of("plain", "", "last"));
    }

    @Test
    void detectsSemicolonsFromTheHeaderAndSkipsTheByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "E-mail;Nome;\"Valor, R$\"\nana@example.com;Ana;1.234,56".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);

        try (CsvReader csv = new CsvReader(new ByteArrayInputStream(file), 1000)) {
            assertThat(csv.delimiter()).isEqualTo(';');
            assertThat(csv.next()).containsExactly("E-mail", "Nome", "Valor, R$");
            assertThat(csv.next()).containsExactly("ana@example.com", "Ana", "1.234,56");
            assertThat(csv.next()).isNull();
        }
    }

    @Test
    void numbersRowsLikeASpreadsheetCountingTheHeaderAndBlankLines() throws IOException {
        try (CsvReader csv = new CsvReader(new ByteArrayInputStream("h\n\"two\nlines\"\n\nfour\n".getBytes(StandardCharsets.UTF_8)), 1000)) {
            csv.next();
            assertThat(csv.row()).isEqualTo(1);
            assertThat(csv.next()).containsExactly("two\nlines");
            assertThat(csv.row()).isEqualTo(2);
            assertThat(csv.next()).containsExactly("");
            assertThat(csv.next()).containsExactly("four");
            assertThat(csv.row()).isEqualTo(4);
            assertThat(csv.next()).isNull();
        }
    }

    @Test
    void keepsAQuoteInsideAnUnquotedFieldAsText() throws IOException {
        assertThat(records("a,b\nmonitor 24\",x")).containsExactly(List.of("a", "b"), List.of("monitor 24\"", "x"));
    }

    @Test
    void refusesAnUnclosedQuoteATextAfterAClosingQuoteAndAnOverlongRow() {
        assertThatThrownBy(() -> records("a\n\"never closed\nb\n")).isInstanceOf(CsvReader.FormatException.class)
                .hasMessageContaining("row 2").hasMessageContaining("not closed");
        assertThatThrownBy(() -> records("a,b\n\"x\"y,z\n")).isInstanceOf(CsvReader.FormatException.class)
                .hasMessageContaining("row 2").hasMessageContaining("after a closing quote");
        assertThatThrownBy(() -> records("a\n" + "x".repeat(1001) + "\n")).isInstanceOf(CsvReader.FormatException.class)
                .hasMessageContaining("longer than 1000");
    }

    @Test
    void refusesTextThatIsNotUtf8AndBinaryData() {
        byte[] latin1 = "nome\nJo\u00e3o\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> records(latin1)).isInstanceOf(CsvReader.FormatException.class).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> records("a\nb\0c\n")).isInstanceOfSatisfying(CsvReader.FormatException.class,
                e -> assertThat(e.binary()).isTrue());
    }
}

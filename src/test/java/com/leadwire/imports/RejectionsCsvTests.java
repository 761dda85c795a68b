package com.leadwire.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class RejectionsCsvTests {

    @Test
    void quotesWhatWouldSplitACellAndDefusesFormulas() {
        assertThat(RejectionsCsv.cell("plain reason")).isEqualTo("plain reason");
        assertThat(RejectionsCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(RejectionsCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(RejectionsCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(RejectionsCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(RejectionsCsv.cell("+1")).isEqualTo("'+1");
        assertThat(RejectionsCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(RejectionsCsv.cell(null)).isEmpty();
    }

    @Test
    void writesOneLinePerRejectedRowAfterTheHeader() throws IOException {
        StringWriter out = new StringWriter();

        RejectionsCsv.writeHeader(out);
        RejectionsCsv.write(out, List.of(new ImportRejection(4, "email", "e-mail is required"),
                new ImportRejection(9, null, "could not be stored (timeout)")));

        assertThat(out.toString()).isEqualTo("row,field,reason\r\n4,email,e-mail is required\r\n9,,could not be stored (timeout)\r\n");
    }
}

package com.leadwire.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class RejectionsCsvTests {

    @Test
    void writesOneLinePerRejectedRowAfterTheHeader() throws IOException {
        StringWriter out = new StringWriter();

        RejectionsCsv.writeHeader(out);
        RejectionsCsv.write(out, List.of(new ImportRejection(4, "email", "e-mail is required"),
                new ImportRejection(9, null, "could not be stored (timeout)")));

        assertThat(out.toString()).isEqualTo("row,field,reason\r\n4,email,e-mail is required\r\n9,,could not be stored (timeout)\r\n");
    }
}

package com.leadwire.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.MalformedInputException;
import com.leadwire.shared.UnsupportedContentTypeException;

class SubmissionReaderTests {

    private final SubmissionReader reader = new SubmissionReader(new ObjectMapper());

    private FormSubmission read(String contentType, String body) {
        return reader.read(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUrlEncodedWithRepeatedFieldsPlusAndUtf8() {
        FormSubmission submission = read("application/x-www-form-urlencoded; charset=UTF-8",
                "nome=Jo%C3%A3o+da+Silva&produtos=A&produtos=B&vazio=&flag&tipo=AVALIA%C3%87%C3%83O&raw=ç");

        assertThat(submission.text("nome")).isEqualTo("João da Silva");
        assertThat(submission.all("produtos")).containsExactly("A", "B");
        assertThat(submission.text("vazio")).isNull();
        assertThat(submission.values()).containsKey("flag");
        assertThat(submission.text("tipo")).isEqualTo("AVALIAÇÃO");
        assertThat(submission.text("raw")).isEqualTo("ç");
    }

    @Test
    void readsJsonScalarsAndLists() {
        FormSubmission submission = read("application/json", "{\"a\": \"x\", \"n\": 12.5, \"ok\": true, \"list\": [\"p\", 2], \"none\": null}");

        assertThat(submission.text("a")).isEqualTo("x");
        assertThat(submission.text("n")).isEqualTo("12.5");
        assertThat(submission.text("ok")).isEqualTo("true");
        assertThat(submission.all("list")).containsExactly("p", "2");
        assertThat(submission.all("none")).isEmpty();
    }

    @Test
    void refusesWhatItCannotReadExactly() {
        assertThatThrownBy(() -> read("text/plain", "a=b")).isInstanceOf(UnsupportedContentTypeException.class);
        assertThatThrownBy(() -> read(null, "a=b")).isInstanceOf(UnsupportedContentTypeException.class);
        for (String broken : List.of("a=%zz", "a=%4", "a=%C3%28", "=x")) {
            assertThatThrownBy(() -> read("application/x-www-form-urlencoded", broken)).as(broken)
                    .isInstanceOf(MalformedInputException.class);
        }
        for (String broken : List.of("", "{", "[]", "\"x\"", "{} {}")) {
            assertThatThrownBy(() -> read("application/json", broken)).as(broken).isInstanceOf(MalformedInputException.class);
        }
        assertThatThrownBy(() -> read("application/json", "{\"a\": {\"b\": 1}}")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> read("application/json", "{\"a\": [[1]]}")).isInstanceOf(InvalidInputException.class);
    }
}

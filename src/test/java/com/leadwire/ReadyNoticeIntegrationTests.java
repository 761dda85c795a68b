package com.leadwire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.ReadyNoticeLines;

/**
 * Once it is ready, a start with an admin and an API key in place says where the panel, the login
 * and the API docs are, each pointing at something that answers, and prints no password. The
 * first start of the packaged jar, with its generated password, is checked in
 * {@link PackagedJarIntegrationTests}.
 */
@OnH2
@ExtendWith(OutputCaptureExtension.class)
class ReadyNoticeIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private ApplicationContext context;

    @Test
    void aStartWithAnAdminInPlaceSaysWhereEverythingIsAndPrintsNoPassword(CapturedOutput output) {
        int before = output.getOut().length();

        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

        String printed = output.getOut().substring(before);
        String base = "http://localhost:" + port;
        assertThat(ReadyNoticeLines.lastIn(printed.lines().toList())).containsExactly(
                "Leadwire is ready on " + base,
                "  Panel:    " + base + "/ - log in as 'admin'",
                "  API docs: " + base + "/swagger-ui.html (OpenAPI description: " + base + "/v3/api-docs)",
                "  API key:  send yours in the X-Api-Key header");
        assertThat(printed).doesNotContain("password");

        Http http = new Http(base);
        assertThat(http.get("/").headers().firstValue("Location")).hasValueSatisfying(login -> assertThat(login).endsWith("/login"));
        assertThat(http.get("/login").statusCode()).isEqualTo(200);
        assertThat(http.get("/swagger-ui.html").statusCode()).isIn(200, 302);
        assertThat(http.get("/v3/api-docs").statusCode()).isEqualTo(200);
    }
}

package com.leadwire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.leadwire.testsupport.PackagedApp;

/** A start that cannot succeed ends the process with a non-zero status and one line saying why. */
class FailedStartIntegrationTests {

    @TempDir
    Path folder;

    @Test
    void aDatabaseThatCannotBeReachedEndsTheStart() {
        PackagedApp app = PackagedApp.start(folder, "--spring.profiles.active=mariadb",
                "--spring.datasource.url=jdbc:mariadb://127.0.0.1:1/leadwire");

        assertThat(app.awaitExit(Duration.ofMinutes(2))).isNotZero();
        assertThat(whyLines(app)).singleElement().asString()
                .contains("the database could not be reached", "127.0.0.1:1");
    }

    @Test
    void aBrokenRouteFileEndsTheStart() throws IOException {
        Path routes = Files.createDirectories(folder.resolve("my-routes"));
        Files.writeString(routes.resolve("broken.yaml"), "- route:\n    id: broken\n    from:\n      uri: [unclosed\n");
        PackagedApp app = PackagedApp.start(folder, "--leadwire.routes=file:" + routes + "/*.yaml");

        assertThat(app.awaitExit(Duration.ofMinutes(2))).isNotZero();
        assertThat(whyLines(app)).singleElement().asString()
                .contains("a channel route file is broken", "broken.yaml");
    }

    private static List<String> whyLines(PackagedApp app) {
        return app.logLines().stream().filter(line -> line.contains("Leadwire could not start:")).toList();
    }
}

package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** A database that does not answer is the caller's cue to retry (503), not our bug (500). */
class ProblemTests {

    @Test
    void aDatabaseWithoutConnectionsIsAnsweredUnavailableWithARetryTime() {
        for (RuntimeException down : new RuntimeException[] {
            new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"),
            new CannotCreateTransactionException("Could not open JDBC Connection for transaction")}) {
            assertThat(Problem.of(down).getStatus()).isEqualTo(503);
            assertThat(Problem.of(down).getDetail()).contains("Nothing was stored");
            assertThat(Problem.retryAfter(down)).isEqualTo(Duration.ofSeconds(5));
        }
    }

    @Test
    void anythingElseUnexpectedIsAnInternalError() {
        assertThat(Problem.of(new IllegalStateException("bug")).getStatus()).isEqualTo(500);
        assertThat(Problem.retryAfter(new IllegalStateException("bug"))).isNull();
    }
}

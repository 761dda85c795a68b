package com.leadwire.api;

import java.net.URI;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

import com.leadwire.intake.ErasedPersonException;
import com.leadwire.pipeline.EntryRequirementUnmet;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.ForbiddenException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.MalformedInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.shared.PayloadTooLargeException;
import com.leadwire.shared.RateLimitedException;
import com.leadwire.shared.SignatureRejectedException;
import com.leadwire.shared.UnsupportedContentTypeException;
import com.leadwire.shared.UpstreamUnavailableException;
import com.leadwire.shared.web.OpenApiResponses;

/** How each failure kind is answered: an RFC 9457 problem with a status and a clear detail. */
final class Problem {

    static final String MEDIA_TYPE = OpenApiResponses.PROBLEM_MEDIA_TYPE;
    private static final Logger log = LoggerFactory.getLogger(Problem.class);
    private static final Duration DATABASE_RETRY = Duration.ofSeconds(5);

    private Problem() {
    }

    static ProblemDetail of(Throwable failure) {
        if (failure instanceof InvalidInputException invalid) {
            return withField(detail(422, "Invalid input", invalid.getMessage()), invalid.field());
        }
        if (failure instanceof MalformedInputException) {
            return detail(400, "Malformed request", failure.getMessage());
        }
        if (failure instanceof UnsupportedContentTypeException) {
            return detail(415, "Unsupported content type", failure.getMessage());
        }
        if (failure instanceof PayloadTooLargeException) {
            return detail(413, "Payload too large", failure.getMessage());
        }
        if (failure instanceof SignatureRejectedException) {
            return detail(401, "Signature rejected", failure.getMessage());
        }
        if (failure instanceof ForbiddenException) {
            return detail(403, "Forbidden", failure.getMessage());
        }
        if (failure instanceof NotFoundException) {
            return detail(404, "Not found", failure.getMessage());
        }
        if (failure instanceof EntryRequirementUnmet unmet) {
            ProblemDetail problem = detail(409, "Stage entry requirement not met", unmet.getMessage());
            problem.setProperty("requirement", unmet.requirement().jsonName());
            problem.setProperty("stageId", unmet.stageId());
            problem.setProperty("missing", unmet.missing());
            return problem;
        }
        if (failure instanceof ErasedPersonException) {
            return detail(409, "Erased", failure.getMessage());
        }
        if (failure instanceof ConflictException) {
            return detail(409, "Conflict", failure.getMessage());
        }
        if (failure instanceof RateLimitedException limited) {
            ProblemDetail problem = detail(429, "Too many requests", limited.getMessage());
            problem.setProperty("retryAfterSeconds", Math.max(1, limited.retryAfter().toSeconds()));
            return problem;
        }
        if (failure instanceof UpstreamUnavailableException) {
            log.warn("Answered 503: {}", failure.getMessage());
            return detail(503, "Service unavailable", failure.getMessage() + "; retry later.");
        }
        if (isDatabaseUnavailable(failure)) {
            log.warn("Answered 503, the database is not answering: {}", failure.toString());
            return detail(503, "Service unavailable", "Nothing was stored: the database is not answering; retry later.");
        }
        log.error("Unexpected failure answering a request", failure);
        return detail(500, "Internal error", "Something went wrong on our side; the request was not completed.");
    }

    static Duration retryAfter(Throwable failure) {
        if (failure instanceof RateLimitedException limited) {
            return limited.retryAfter();
        }
        return isDatabaseUnavailable(failure) ? DATABASE_RETRY : null;
    }

    /** The database is down or unreachable (no connection, no transaction): the caller's retry will do. */
    private static boolean isDatabaseUnavailable(Throwable failure) {
        return failure instanceof DataAccessResourceFailureException || failure instanceof CannotCreateTransactionException
                || failure instanceof TransientDataAccessResourceException;
    }

    static ProblemDetail detail(int status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title);
        problem.setDetail(detail);
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    private static ProblemDetail withField(ProblemDetail problem, String field) {
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}

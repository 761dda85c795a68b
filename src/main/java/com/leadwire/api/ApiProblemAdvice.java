package com.leadwire.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.leadwire.shared.InvalidInputException;

/** Problem+json for the REST controllers: Spring's own failures and the shared failure kinds. */
@RestControllerAdvice
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failure(Exception failure) {
        ProblemDetail problem = Problem.of(failure);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        var retryAfter = Problem.retryAfter(failure);
        if (retryAfter != null) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
        }
        return answer.body(problem);
    }

    /** A multipart body that cannot be parsed (cut short, another boundary); one over the size limit stays a 413. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException failure) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problem.detail(400, "Malformed request",
                "the multipart/form-data body cannot be read; send it whole, with the boundary its Content-Type names"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (failure.getCause() instanceof UnrecognizedPropertyException unknown) {
            ProblemDetail problem = Problem.of(new InvalidInputException(unknown.getPropertyName(),
                    "unknown property '" + unknown.getPropertyName() + "'"));
            return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ProblemDetail problem = Problem.detail(400, "Malformed request", "the request body is not valid JSON of the expected shape");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

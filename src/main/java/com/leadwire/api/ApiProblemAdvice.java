package com.leadwire.api;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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

    /**
     * A path served with other methods, by a controller or a channel route (the two share Spring's
     * request mappings): 405, naming those methods in the detail and in {@code Allow}.
     */
    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException failure,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        // in a stable order: Spring lists them in the order its mappings happened to be registered
        String allowed = failure.getSupportedHttpMethods() == null ? "" : failure.getSupportedHttpMethods().stream()
                .sorted(Comparator.comparing(method -> List.of(HttpMethod.values()).indexOf(method)))
                .map(HttpMethod::name).collect(Collectors.joining(", "));
        HttpHeaders answerHeaders = new HttpHeaders();
        answerHeaders.putAll(headers);
        answerHeaders.set(HttpHeaders.ALLOW, allowed);
        ProblemDetail problem = Problem.detail(405, "Method not allowed",
                failure.getMethod() + " is not allowed on this path; it takes " + allowed + ".");
        return ResponseEntity.status(405).headers(answerHeaders).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
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
        if (failure.getCause() instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            // well-formed JSON with a value of the wrong kind (an unknown trigger type, text for a number): name it
            String field = path(mismatched);
            problem.setDetail("'" + field + "' " + wrongValue(mismatched));
            problem.setProperty("field", field);
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The JSON path of the value, as the refusals of the services name a part: {@code trigger.type}, {@code actions[0].type}. */
    private static String path(MismatchedInputException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : failure.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String wrongValue(MismatchedInputException failure) {
        Class<?> expected = failure.getTargetType();
        String value = failure instanceof InvalidFormatException invalid ? "'" + invalid.getValue() + "'" : "what was sent";
        if (expected != null && expected.isEnum()) {
            return "cannot be " + value + "; it is one of " + Arrays.stream(expected.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return "cannot be " + value + "; it takes " + (expected == null ? "another kind of value" : "a " + kind(expected));
    }

    private static String kind(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        return Collection.class.isAssignableFrom(type) || type.isArray() ? "list" : "JSON object";
    }
}

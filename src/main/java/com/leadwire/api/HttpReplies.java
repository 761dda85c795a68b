package com.leadwire.api;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.shared.web.HttpReply;

/**
 * The last step of every HTTP channel route: puts the bean's {@link HttpReply} on the wire, or,
 * from the shared error handler, the problem for the exception the route caught.
 */
@Component("httpReplies")
class HttpReplies {

    private final ObjectMapper json;

    HttpReplies(ObjectMapper json) {
        this.json = json;
    }

    public void write(Exchange exchange) {
        HttpReply reply = exchange.getMessage().getBody(HttpReply.class);
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, reply.status());
        message.setHeader(Exchange.CONTENT_TYPE, reply.contentType());
        reply.headers().forEach(message::setHeader);
        message.setBody(reply.body());
    }

    public void problem(Exchange exchange) throws JsonProcessingException {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        ProblemDetail problem = Problem.of(failure);
        problem.setInstance(null);
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, problem.getStatus());
        message.setHeader(Exchange.CONTENT_TYPE, Problem.MEDIA_TYPE);
        var retryAfter = Problem.retryAfter(failure);
        if (retryAfter != null) {
            message.setHeader("Retry-After", Math.max(1, retryAfter.toSeconds()));
        }
        message.setBody(json.writeValueAsString(problem));
    }
}

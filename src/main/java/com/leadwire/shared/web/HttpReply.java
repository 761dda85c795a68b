package com.leadwire.shared.web;

import java.util.Map;

/**
 * What a channel bean answers to the HTTP caller of its Camel route; the route's last step
 * ({@code httpReplies.write}) puts it on the wire.
 */
public record HttpReply(int status, String contentType, String body, Map<String, String> headers) {

    public HttpReply {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static HttpReply json(int status, String body) {
        return new HttpReply(status, "application/json", body, Map.of());
    }

    public static HttpReply redirect(String location) {
        return new HttpReply(303, "text/plain", "", Map.of("Location", location));
    }

    public HttpReply withHeader(String name, String value) {
        var all = new java.util.LinkedHashMap<>(headers);
        all.put(name, value);
        return new HttpReply(status, contentType, body, all);
    }
}

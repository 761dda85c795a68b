package com.leadwire.testsupport;

import java.net.http.HttpResponse;

/** The API as another system calls it: real HTTP with the test API key. */
public final class ApiClient {

    public static final String TEST_API_KEY = "test-api-key-0123456789";

    private ApiClient() {
    }

    public static Http authenticated(String baseUrl) {
        return new Http(baseUrl).header("X-Api-Key", TEST_API_KEY);
    }

    public static String dealJson(String source, String email, String name, String fieldsJson) {
        return """
                {"source": %s, "contact": {"email": "%s", "name": "%s"}, "deal": {"fields": %s}}"""
                .formatted(source == null ? "null" : "\"" + source + "\"", email, name, fieldsJson == null ? "{}" : fieldsJson);
    }

    public static boolean isProblem(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }
}

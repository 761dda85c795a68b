package com.leadwire.shared.web;

import java.util.Map;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/** Answers of the hand-described Camel routes in OpenAPI (springdoc does not see those routes). */
public final class OpenApiResponses {

    public static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    private OpenApiResponses() {
    }

    public static ApiResponse content(String description, String mediaType, Schema<?> schema) {
        return new ApiResponse().description(description).content(new Content().addMediaType(mediaType, new MediaType().schema(schema)));
    }

    /** An RFC 9457 problem, the answer of every failure. */
    public static ApiResponse problem(String description) {
        return content(description, PROBLEM_MEDIA_TYPE, new ObjectSchema().properties(Map.of(
                "type", new StringSchema(), "title", new StringSchema(), "status", new Schema<>().type("integer"),
                "detail", new StringSchema())));
    }
}

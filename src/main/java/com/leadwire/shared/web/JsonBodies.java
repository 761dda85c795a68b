package com.leadwire.shared.web;

import java.io.IOException;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.MalformedInputException;
import com.leadwire.shared.UnsupportedContentTypeException;

/**
 * Reads a JSON request body strictly: not JSON → 400, unknown or wrongly typed property → 422
 * naming it, wrong content type → 415.
 */
@Component
public class JsonBodies {

    private final ObjectMapper json;

    public JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    public void requireJson(String contentType) {
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw new UnsupportedContentTypeException("send the body as application/json");
        }
    }

    public <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw new MalformedInputException("the request body is empty");
        }
        ObjectReader reader = json.readerFor(type)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try {
            T value = reader.readValue(body);
            if (value == null) {
                throw new MalformedInputException("the request body is not a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidInputException(e.getPropertyName(), "unknown property '" + e.getPropertyName() + "'");
        } catch (MismatchedInputException e) {
            String path = e.getPath().stream().map(ref -> ref.getFieldName() == null ? "[" + ref.getIndex() + "]" : ref.getFieldName())
                    .reduce((a, b) -> a + "." + b).orElse("body");
            throw new InvalidInputException(path, "'" + path + "' has the wrong type or shape");
        } catch (JsonProcessingException e) {
            throw new MalformedInputException("the request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedInputException("the request body cannot be read");
        }
    }
}

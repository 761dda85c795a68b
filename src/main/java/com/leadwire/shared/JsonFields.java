package com.leadwire.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Custom fields (name → text) as they are stored: a JSON object in a LONGTEXT column. */
@Component
public class JsonFields {

    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public JsonFields(ObjectMapper json) {
        this.json = json;
    }

    public Map<String, String> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return json.readValue(stored, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored custom fields", e);
        }
    }

    /** Empty maps are stored as NULL. */
    public String write(Map<String, String> fields) {
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

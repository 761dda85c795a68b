package com.leadwire.pipeline;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A stage's {@link EntryRequirements} as stored: JSON in {@code stage.entry_requirements}, NULL when it asks nothing. */
@Converter
class EntryRequirementsColumn implements AttributeConverter<EntryRequirements, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(EntryRequirements requirements) {
        if (requirements == null || requirements.asksNothing()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(requirements);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public EntryRequirements convertToEntityAttribute(String stored) {
        if (stored == null || stored.isBlank()) {
            return EntryRequirements.NONE;
        }
        try {
            return JSON.readValue(stored, EntryRequirements.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored entry requirements", e);
        }
    }
}

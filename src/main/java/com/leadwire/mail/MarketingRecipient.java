package com.leadwire.mail;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The contact a stored marketing e-mail ({@link MailContent} JSON) goes to, read off its payload
 * without building the e-mail: the sender asks it for every message of a batch before sending any.
 * Empty for a transactional e-mail, one to no contact, and a payload that is not readable (its
 * send then fails on it).
 */
final class MarketingRecipient {

    private MarketingRecipient() {
    }

    static Optional<Long> of(ObjectMapper json, String payload) {
        Long contactId = null;
        boolean transactional = false;
        try (JsonParser parser = json.getFactory().createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("contactId".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                    contactId = parser.getLongValue();
                } else if ("transactional".equals(field)) {
                    transactional = value == JsonToken.VALUE_TRUE;
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        return transactional ? Optional.empty() : Optional.ofNullable(contactId);
    }
}

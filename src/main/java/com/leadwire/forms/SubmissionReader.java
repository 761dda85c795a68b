package com.leadwire.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.MalformedInputException;
import com.leadwire.shared.UnsupportedContentTypeException;

/**
 * Reads a submission body, urlencoded (as a plain HTML form posts it) or JSON (as the embed
 * script posts it), strictly: a broken body is a 400, never a guess.
 */
@Component
class SubmissionReader {

    static final String URLENCODED = "application/x-www-form-urlencoded";
    static final String JSON = "application/json";
    private static final int MAX_FIELDS = 100;

    private final ObjectReader json;

    SubmissionReader(ObjectMapper json) {
        this.json = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    static boolean isUrlEncoded(String contentType) {
        return mediaType(contentType).equals(URLENCODED);
    }

    FormSubmission read(String contentType, byte[] body) {
        String type = mediaType(contentType);
        if (!type.equals(URLENCODED) && !type.equals(JSON)) {
            throw new UnsupportedContentTypeException("send the form as " + URLENCODED + " or " + JSON);
        }
        if (body == null || body.length == 0) {
            throw new MalformedInputException("the request body is empty");
        }
        Map<String, List<String>> values = type.equals(URLENCODED) ? urlEncoded(body) : json(body);
        if (values.size() > MAX_FIELDS) {
            throw new InvalidInputException("fields", "a submission has at most " + MAX_FIELDS + " fields");
        }
        return new FormSubmission(values);
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<String>> urlEncoded(byte[] body) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : utf8(body, "the form body").split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name.isBlank()) {
                throw new MalformedInputException("the form body has a value without a field name");
            }
            values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return values;
    }

    /** Percent-decoding that refuses broken escapes instead of passing them through. */
    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i += Character.charCount(encoded.codePointAt(i))) {
            int c = encoded.codePointAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= encoded.length() || Character.digit(encoded.charAt(i + 1), 16) < 0
                        || Character.digit(encoded.charAt(i + 2), 16) < 0) {
                    throw new MalformedInputException("the form body is not valid urlencoded data (broken % escape)");
                }
                bytes.write(Character.digit(encoded.charAt(i + 1), 16) * 16 + Character.digit(encoded.charAt(i + 2), 16));
                i += 2; // with the loop's step, past the two hex digits
            } else {
                bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return utf8(bytes.toByteArray(), "a form value");
    }

    private static String utf8(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedInputException(what + " is not UTF-8");
        }
    }

    private Map<String, List<String>> json(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedInputException("the request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedInputException("the request body cannot be read");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedInputException("the request body is not a JSON object");
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        root.fields().forEachRemaining(entry -> {
            List<String> list = new ArrayList<>();
            JsonNode value = entry.getValue();
            if (value.isArray()) {
                value.forEach(item -> list.add(scalar(entry.getKey(), item)));
            } else if (!value.isNull()) {
                list.add(scalar(entry.getKey(), value));
            }
            values.put(entry.getKey(), list);
        });
        return values;
    }

    private static String scalar(String name, JsonNode value) {
        if (value.isTextual() || value.isNumber() || value.isBoolean()) {
            return value.asText();
        }
        throw new InvalidInputException(name, "field '" + name + "' must be text, a number, true/false or a list of those");
    }
}

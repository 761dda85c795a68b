package com.leadwire.intake;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Masks the values of secret-looking keys in a stored payload before anyone reads it: signatures,
 * tokens, passwords, API keys and card data, found by their key's name in JSON (at any depth, a
 * secret object as a whole), in an urlencoded body, and in {@code key=value} / {@code key: value}
 * text. Keys are read in any case and spelling ({@code apiKey}, {@code api_key}, {@code X-Api-Key}).
 */
final class SecretMasking {

    static final String MASK = "••••••";

    /** A key containing one of these (lower case, letters and digits only) is secret. */
    private static final List<String> SECRET_PARTS = List.of("password", "passwd", "secret", "token", "apikey", "signature",
            "authorization", "credential", "privatekey", "cookie", "cardnumber", "ccnumber", "securitycode", "cvv", "cvc");
    /** A key with one of these as a whole word is secret; as part of a word they are harmless ("shipping", "company"). */
    private static final Set<String> SECRET_WORDS = Set.of("card", "pan", "pin", "sig", "pwd", "auth");
    private static final Pattern WORDS = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern URLENCODED = Pattern.compile("[^=&\\s{}\\[\\]\"]+=[^&\\s]*(&[^=&\\s]+=[^&\\s]*)*");
    private static final Pattern TEXT_PAIR = Pattern.compile("(?m)([\"']?)([A-Za-z0-9_.\\-]+)\\1(\\s*[:=]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s&;]+)");

    private final ObjectMapper json;

    SecretMasking(ObjectMapper json) {
        this.json = json;
    }

    String masked(String payload) {
        if (payload == null || payload.isBlank()) {
            return payload;
        }
        String trimmed = payload.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode tree = json.readTree(trimmed);
                return json.writerWithDefaultPrettyPrinter().writeValueAsString(masked(tree));
            } catch (JsonProcessingException notJson) {
                return maskedText(payload);
            }
        }
        if (URLENCODED.matcher(trimmed).matches()) {
            return Arrays.stream(trimmed.split("&")).map(SecretMasking::maskedPair).collect(Collectors.joining("&"));
        }
        return maskedText(payload);
    }

    static boolean isSecret(String key) {
        String plain = key.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        return SECRET_PARTS.stream().anyMatch(plain::contains)
                || Arrays.stream(WORDS.split(key)).map(word -> word.toLowerCase(Locale.ROOT)).anyMatch(SECRET_WORDS::contains);
    }

    private static JsonNode masked(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (isSecret(field.getKey()) && !field.getValue().isNull()) {
                    field.setValue(TextNode.valueOf(MASK));
                } else {
                    masked(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(SecretMasking::masked);
        }
        return node;
    }

    private static String maskedPair(String pair) {
        int equals = pair.indexOf('=');
        String key = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
        return isSecret(key) && equals < pair.length() - 1 ? pair.substring(0, equals + 1) + MASK : pair;
    }

    private static String maskedText(String text) {
        Matcher pairs = TEXT_PAIR.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (pairs.find()) {
            String replacement = isSecret(pairs.group(2))
                    ? pairs.group(1) + pairs.group(2) + pairs.group(1) + pairs.group(3) + MASK
                    : pairs.group();
            pairs.appendReplacement(masked, Matcher.quoteReplacement(replacement));
        }
        pairs.appendTail(masked);
        return masked.toString();
    }
}

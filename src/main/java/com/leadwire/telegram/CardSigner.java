package com.leadwire.telegram;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import com.leadwire.shared.InstallSecrets;

/**
 * Deal-card button data: {@code <action>:<deal>:<stage>:<argument>:<signature>} (ids in base 36),
 * well under Telegram's 64 bytes. The signature is an HMAC over the chat and all the rest, so a
 * press cannot be forged or replayed in another chat or for another deal, action or stage.
 * The key is {@code leadwire.telegram.callback-key}, else one generated once per install.
 */
@Component
class CardSigner {

    static final String PREFIX = "c:";
    private static final int SIGNATURE_CHARS = 11;

    private final TelegramProperties properties;
    private final InstallSecrets secrets;
    private volatile byte[] key;

    CardSigner(TelegramProperties properties, InstallSecrets secrets) {
        this.properties = properties;
        this.secrets = secrets;
    }

    String sign(long chatId, CardPress press) {
        String body = press.action().code + ":" + Long.toString(press.dealId(), 36) + ":" + Long.toString(press.stageId(), 36)
                + ":" + press.argument();
        return PREFIX + body + ":" + signature(chatId, body);
    }

    /** The press, when the data is well-formed and signed for this chat; otherwise empty. */
    Optional<CardPress> verify(long chatId, String data) {
        if (data == null || !data.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = data.substring(PREFIX.length());
        int lastColon = rest.lastIndexOf(':');
        if (lastColon < 0) {
            return Optional.empty();
        }
        String body = rest.substring(0, lastColon);
        byte[] expected = signature(chatId, body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, rest.substring(lastColon + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = body.split(":", -1);
        CardPress.Action action = parts.length == 4 ? CardPress.Action.of(parts[0]) : null;
        if (action == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CardPress(action, Long.parseLong(parts[1], 36), Long.parseLong(parts[2], 36), parts[3]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String signature(long chatId, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] digest = mac.doFinal((chatId + "|" + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, SIGNATURE_CHARS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        if (key == null) {
            String configured = properties.callbackKey();
            key = (configured != null && !configured.isBlank() ? configured : secrets.of("telegram_callback_key"))
                    .getBytes(StandardCharsets.UTF_8);
        }
        return key;
    }
}

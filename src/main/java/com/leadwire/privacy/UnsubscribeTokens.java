package com.leadwire.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.leadwire.shared.InstallSecrets;

/**
 * The token of a contact's unsubscribe link: {@code <contact id, base 36>.<HMAC-SHA256 of it>}, so
 * a link cannot be made for another contact. The key is generated at the first start of an install
 * and kept in the database (never in the repository, never logged), so every node and every later
 * start accepts the links already sent.
 */
@Component
class UnsubscribeTokens {

    private static final String PURPOSE = "unsubscribe:";
    private static final int SIGNATURE_CHARS = 22;

    private final InstallSecrets secrets;
    /** Keyed once; each signature works on a clone (a provider look-up and key set-up per e-mail was on the intake's path). */
    private volatile Mac keyed;

    UnsubscribeTokens(InstallSecrets secrets) {
        this.secrets = secrets;
    }

    @EventListener(ApplicationReadyEvent.class)
    void installKeyAtStart() {
        key();
    }

    String tokenOf(long contactId) {
        String id = Long.toString(contactId, 36);
        return id + "." + signature(id);
    }

    /** The contact of a well-formed token with a valid signature; otherwise empty. */
    Optional<Long> contactOf(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || token.length() > 64) {
            return Optional.empty();
        }
        String id = token.substring(0, dot);
        byte[] expected = signature(id).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(id, 36));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String signature(String id) {
        try {
            Mac mac = (Mac) key().clone();
            byte[] digest = mac.doFinal((PURPOSE + id).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, SIGNATURE_CHARS);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Mac key() {
        if (keyed == null) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secrets.of("privacy_unsubscribe_key").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                keyed = mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return keyed;
    }

}

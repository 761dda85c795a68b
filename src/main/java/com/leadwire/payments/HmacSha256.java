package com.leadwire.payments;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The HMAC-SHA256 hex digests every provider signs with, compared in constant time. */
final class HmacSha256 {

    private HmacSha256() {
    }

    static String hex(String secret, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether any candidate signature is the digest of the message under any of the secrets. */
    static boolean anyMatches(List<String> secrets, List<String> candidates, byte[]... message) {
        boolean matched = false;
        for (String secret : secrets) {
            byte[] expected = hex(secret, message).getBytes(StandardCharsets.US_ASCII);
            for (String candidate : candidates) {
                matched |= MessageDigest.isEqual(expected, candidate.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return matched;
    }
}

package com.leadwire.payments;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.leadwire.shared.SignatureRejectedException;

/**
 * Mercado Pago's webhook signature: {@code x-signature: ts=<ts>,v1=<hex>}, v1 the HMAC-SHA256 of
 * the manifest {@code id:<data.id>;request-id:<x-request-id>;ts:<ts>;} with the application's
 * secret, where data.id is the query parameter (lower-cased when alphanumeric) and a part whose
 * value is absent is left out. ts must lie within the tolerance of now.
 */
final class MercadoPagoSignature {

    static final String HEADER = "x-signature";
    static final String REQUEST_ID_HEADER = "x-request-id";

    private MercadoPagoSignature() {
    }

    static void verify(String header, String dataId, String requestId, List<String> secrets, Instant now, Duration tolerance) {
        SignatureHeader signature = SignatureHeader.parse(HEADER, header);
        byte[] manifest = manifest(dataId, requestId, signature.required("ts")).getBytes(StandardCharsets.UTF_8);
        if (!HmacSha256.anyMatches(secrets, signature.all("v1"), manifest)) {
            throw new SignatureRejectedException(HEADER + " matches no signing secret of this source");
        }
        signature.requireWithin("ts", now, tolerance);
    }

    /** The signed timestamp of a header that passed {@link #verify}. */
    static String timestamp(String header) {
        return SignatureHeader.parse(HEADER, header).required("ts");
    }

    static String manifest(String dataId, String requestId, String ts) {
        StringBuilder manifest = new StringBuilder();
        if (dataId != null && !dataId.isBlank()) {
            manifest.append("id:").append(dataId.matches("[A-Za-z0-9]+") ? dataId.toLowerCase(Locale.ROOT) : dataId).append(';');
        }
        if (requestId != null && !requestId.isBlank()) {
            manifest.append("request-id:").append(requestId).append(';');
        }
        manifest.append("ts:").append(ts).append(';');
        return manifest.toString();
    }
}

package com.leadwire.payments;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.leadwire.shared.SignatureRejectedException;

/**
 * Mercado Pago's webhook signature: {@code x-signature: ts=<ts>,v1=<hex>}, v1 the HMAC-SHA256 of
 * the manifest {@code id:<data.id>;request-id:<x-request-id>;ts:<ts>;} with the application's
 * secret, where data.id is the query parameter (lower-cased when alphanumeric) and a part whose
 * value is absent is left out.
 */
final class MercadoPagoSignature {

    static final String HEADER = "x-signature";
    static final String REQUEST_ID_HEADER = "x-request-id";

    /** The header's parts. */
    record Parts(String ts, List<String> signatures) {
    }

    private MercadoPagoSignature() {
    }

    static void verify(String header, String dataId, String requestId, List<String> secrets) {
        Parts parts = parse(header);
        byte[] manifest = manifest(dataId, requestId, parts.ts()).getBytes(StandardCharsets.UTF_8);
        if (!HmacSha256.anyMatches(secrets, parts.signatures(), manifest)) {
            throw new SignatureRejectedException(HEADER + " matches no signing secret of this source");
        }
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

    static Parts parse(String header) {
        if (header == null || header.isBlank()) {
            throw new SignatureRejectedException("the " + HEADER + " header is missing");
        }
        String ts = null;
        List<String> signatures = new ArrayList<>();
        for (String item : header.split(",")) {
            String[] pair = item.split("=", 2);
            if (pair.length == 2 && pair[0].strip().equals("ts")) {
                ts = pair[1].strip();
            } else if (pair.length == 2 && pair[0].strip().equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (ts == null || ts.isEmpty() || signatures.isEmpty()) {
            throw new SignatureRejectedException(HEADER + " needs ts and v1");
        }
        return new Parts(ts, signatures);
    }
}

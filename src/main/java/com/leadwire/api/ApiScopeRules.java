package com.leadwire.api;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import com.leadwire.apikeys.ApiKeyScope;

/**
 * Which scope an API call needs. {@code admin}: the team, API keys, the audit log, rules and the
 * automation switch, outbound webhooks (they hold signing secrets) and source secrets
 * ({@code /api/v1/sources/{id}/secret}), whatever the method; a contact's export and erasure (all
 * of a person's data); changing a setting ({@code /api/v1/settings/**}, reading it needs {@code read}). Elsewhere, reading (GET, HEAD,
 * OPTIONS) needs {@code read} and any change {@code write}. Decided on the path's segments, not
 * with a pattern per area: this runs on every API request, the intake's included.
 */
final class ApiScopeRules {

    private static final String API = "/api/v1/";
    private static final Set<String> ADMIN_AREAS = Set.of("team", "api-keys", "audit", "rules", "automation", "webhooks");
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private ApiScopeRules() {
    }

    static ApiKeyScope required(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return isAdmin(path) || isAllOfAPerson(request.getMethod(), path) || isSettingChange(request.getMethod(), path) ? ApiKeyScope.ADMIN : READING.contains(request.getMethod()) ? ApiKeyScope.READ : ApiKeyScope.WRITE;
    }

    static boolean isAdmin(String path) {
        if (!path.startsWith(API)) {
            return false;
        }
        String[] segments = path.substring(API.length()).split("/", -1);
        return ADMIN_AREAS.contains(segments[0])
                || segments[0].equals("sources") && segments.length >= 3 && segments[2].equals("secret");
    }

    static boolean isSettingChange(String method, String path) {
        return !READING.contains(method) && (path.equals(API + "settings") || path.startsWith(API + "settings/"));
    }

    /** {@code GET /api/v1/contacts/{id}/export} and {@code DELETE /api/v1/contacts/{id}}: everything held on a person (GDPR / LGPD). */
    static boolean isAllOfAPerson(String method, String path) {
        if (!path.startsWith(API + "contacts/")) {
            return false;
        }
        String[] segments = path.substring(API.length()).split("/", -1);
        return segments.length == 3 && segments[2].equals("export") || segments.length == 2 && "DELETE".equals(method);
    }
}

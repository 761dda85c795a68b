package com.leadwire.api;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.leadwire.apikeys.ApiKeyScope;

/**
 * Which scope an API call needs. {@code admin}: the team, API keys, the audit log, rules and the
 * automation switch, outbound webhooks (they hold signing secrets) and source secrets, whatever
 * the method. Elsewhere, reading (GET, HEAD, OPTIONS) needs {@code read} and any change
 * {@code write}.
 */
final class ApiScopeRules {

    static final String[] ADMIN_PATHS = {
        "/api/v1/team", "/api/v1/team/**", "/api/v1/api-keys", "/api/v1/api-keys/**", "/api/v1/audit", "/api/v1/audit/**",
        "/api/v1/rules", "/api/v1/rules/**", "/api/v1/automation", "/api/v1/automation/**", "/api/v1/webhooks", "/api/v1/webhooks/**",
        "/api/v1/sources/*/secret"
    };
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<RequestMatcher> ADMIN = Arrays.stream(ADMIN_PATHS)
            .map(PathPatternRequestMatcher.withDefaults()::matcher).map(RequestMatcher.class::cast).toList();

    private ApiScopeRules() {
    }

    static ApiKeyScope required(HttpServletRequest request) {
        for (RequestMatcher admin : ADMIN) {
            if (admin.matches(request)) {
                return ApiKeyScope.ADMIN;
            }
        }
        return READING.contains(request.getMethod()) ? ApiKeyScope.READ : ApiKeyScope.WRITE;
    }
}

package com.leadwire.api;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.apikeys.ApiKeyScope;
import com.leadwire.apikeys.ApiKeys;
import com.leadwire.apikeys.AuthenticatedKey;
import com.leadwire.team.ActingUser;

/**
 * Security of everything that is not the panel: public intake endpoints (forms, pop-ups,
 * payment webhooks with their own signatures, embed scripts, Telegram webhook), and the API,
 * which needs an {@code X-Api-Key}. Stateless, so CSRF does not apply.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    static final String API_KEY_HEADER = ApiKeys.HEADER;
    static final String[] PUBLIC_PATHS = {
        "/api/v1/intake/**", "/api/v1/payments/stripe", "/api/v1/payments/mercadopago", "/api/v1/payments/generic/*",
        "/embed/**", "/api/v1/telegram/webhook",
        "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"
    };

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeys keys, ObjectMapper json) throws Exception {
        return http
                .securityMatcher(new OrRequestMatcher(paths("/api/**", "/embed/**", "/actuator/**", "/v3/api-docs",
                        "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new ApiKeyFilter(keys), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(paths(PUBLIC_PATHS)).permitAll()
                        .anyRequest().access(ApiSecurity::scopeAllows))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, failure) -> ProblemWriter.write(response, json,
                                Problem.detail(401, "Unauthorized", "Send a valid API key in the " + API_KEY_HEADER + " header.")))
                        .accessDeniedHandler((request, response, failure) -> ProblemWriter.write(response, json,
                                Problem.detail(403, "Forbidden", "This call needs an API key with the '"
                                        + ApiScopeRules.required(request).spelling() + "' scope" + keyScope() + "."))))
                .build();
    }

    /**
     * Plain path patterns. Given strings, Spring Security asks on every request which servlet
     * serves it (Vaadin's servlet sits beside the DispatcherServlet), which cost about 1% of the
     * intake's CPU (bench/README.md).
     */
    private static RequestMatcher[] paths(String... patterns) {
        PathPatternRequestMatcher.Builder matchers = PathPatternRequestMatcher.withDefaults();
        return Arrays.stream(patterns).map(matchers::matcher).toArray(RequestMatcher[]::new);
    }

    /** Whether the request's key has the scope the call needs (a request without a key has none). */
    private static AuthorizationDecision scopeAllows(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(authentication.get() instanceof ApiKeyAuthentication key
                && key.scope().includes(ApiScopeRules.required(context.getRequest())));
    }

    private static String keyScope() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof ApiKeyAuthentication key
                ? "; this key has '" + key.scope().spelling() + "'" : "";
    }

    /**
     * The authenticated key of the current request ({@code api:<key name>}), for history. Camel's
     * routes run on the request thread ({@code shared.web.RequestThreadPlatformHttp}), where the
     * filter left it.
     */
    static String callerName() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof ApiKeyAuthentication key)) {
            throw new IllegalStateException("no API key authenticated on this thread");
        }
        return key.getName();
    }

    /** Authenticates a request that carries a known API key; a wrong key is simply not authenticated (401 later). */
    static final class ApiKeyFilter extends OncePerRequestFilter {

        private final ApiKeys keys;

        ApiKeyFilter(ApiKeys keys) {
            this.keys = keys;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String raw = request.getHeader(API_KEY_HEADER);
            if (raw != null) {
                keys.authenticate(raw).ifPresent(key ->
                        SecurityContextHolder.getContext().setAuthentication(new ApiKeyAuthentication(key)));
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * A request's key: named {@code api:<key name>}; a key owned by a team member carries that
     * member as its details ({@link ActingUser}), so the services limit it as they limit them.
     */
    static final class ApiKeyAuthentication extends AbstractAuthenticationToken {

        private final String principal;
        private final ApiKeyScope scope;

        ApiKeyAuthentication(AuthenticatedKey key) {
            super(AuthorityUtils.createAuthorityList("ROLE_API", "SCOPE_" + key.scope().name()));
            this.principal = "api:" + key.name();
            this.scope = key.scope();
            if (key.owner() != null) {
                setDetails(new ActingUser(key.owner()));
            }
            setAuthenticated(true);
        }

        ApiKeyScope scope() {
            return scope;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }
    }
}

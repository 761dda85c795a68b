package com.leadwire.forms;

import java.io.IOException;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.shared.NotFoundException;

/**
 * CORS for the form and pop-up endpoints, by each source's {@code allowedOrigins}: answers the
 * preflight (204 for an allowed origin, 403 problem otherwise) and lets allowed origins read
 * every answer, problems included, so the embed script can show their detail. A post from a
 * disallowed origin is refused by {@link FormSubmissions} (403).
 */
@Component
class FormCors extends OncePerRequestFilter {

    private static final Pattern INTAKE_PATH = Pattern.compile("/api/v1/intake/(forms|popups)/([^/]+)");
    private static final String ALLOWED_HEADERS = "Content-Type, Accept, Idempotency-Key";
    private static final String PREFLIGHT_MAX_AGE_SECONDS = "600";

    private final FormSources sources;
    private final ObjectMapper json;

    FormCors(FormSources sources, ObjectMapper json) {
        this.sources = sources;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader("Origin") == null || !INTAKE_PATH.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher path = INTAKE_PATH.matcher(request.getRequestURI());
        path.matches();
        SourceKind kind = path.group(1).equals("popups") ? SourceKind.POPUP : SourceKind.FORM;
        String origin = request.getHeader("Origin");
        boolean preflight = "OPTIONS".equalsIgnoreCase(request.getMethod())
                && request.getHeader("Access-Control-Request-Method") != null;
        FormSources.FormSource source;
        try {
            source = sources.require(kind, path.group(2));
        } catch (NotFoundException e) {
            if (preflight) {
                problem(response, 404, "Not found", e.getMessage());
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        response.addHeader("Vary", "Origin");
        boolean allowed = source.settings().allowsOrigin(origin);
        if (allowed) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Expose-Headers", "Retry-After, Idempotent-Replayed");
        }
        if (!preflight) {
            chain.doFilter(request, response);
        } else if (allowed) {
            response.setHeader("Access-Control-Allow-Methods", "POST");
            response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", PREFLIGHT_MAX_AGE_SECONDS);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            problem(response, 403, "Forbidden", "this form does not accept posts from " + origin);
        }
    }

    private void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("about:blank"));
        problem.setTitle(title);
        problem.setDetail(detail);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}

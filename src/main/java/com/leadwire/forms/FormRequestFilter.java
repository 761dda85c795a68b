package com.leadwire.forms;

import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.shared.web.BufferedBodyStream;
import com.leadwire.shared.NotFoundException;

/**
 * What the public form requests need before Camel and Spring Security see them:
 * <ul>
 * <li>CORS by each source's {@code allowedOrigins}: the preflight is answered here (204 for an
 * allowed origin, 403 problem otherwise), and allowed origins may read every answer, problems
 * included, so the embed script can show their detail. A post from another origin is refused by
 * {@link FormSubmissions} (403).</li>
 * <li>The body of a submission is taken here, as sent, and handed on in {@link #BODY}: Camel
 * would otherwise parse urlencoded bodies into headers itself (failing with a 500 on a broken
 * one) and Spring would parse multipart ones.</li>
 * <li>Embed scripts are cacheable; set before Spring Security would mark them no-cache.</li>
 * </ul>
 * Runs after {@code api.RequestBodyLimit}, so bodies are at most {@code leadwire.http.max-body-bytes}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class FormRequestFilter extends OncePerRequestFilter {

    /** Request attribute holding the {@link SubmittedBody} of a form post. */
    static final String BODY = FormRequestFilter.class.getName() + ".body";
    static final String SCRIPT_CACHE_CONTROL = "public, max-age=300";
    private static final String ALLOWED_HEADERS = "Content-Type, Accept, Idempotency-Key";
    private static final String PREFLIGHT_MAX_AGE_SECONDS = "600";

    private final FormSources sources;
    private final ObjectMapper json;

    FormRequestFilter(FormSources sources, ObjectMapper json) {
        this.sources = sources;
        this.json = json;
    }

    /** A submission's body and content type as the client sent them. */
    record SubmittedBody(String contentType, byte[] bytes) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !uri.startsWith("/api/v1/intake/") && !uri.startsWith("/embed/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        Optional<FormPath> path = FormPath.of(uri);
        if (path.isPresent()) {
            if (request.getHeader("Origin") != null && !cors(path.get(), request, response)) {
                return;
            }
            chain.doFilter("POST".equals(request.getMethod()) ? capturedBody(request) : request, response);
            return;
        }
        if ("GET".equals(request.getMethod()) && uri.endsWith(".js") && isEmbeddable(uri)) {
            response.setHeader("Cache-Control", SCRIPT_CACHE_CONTROL);
        }
        chain.doFilter(request, response);
    }

    /** Sets the CORS headers; false when the request was a preflight and has been answered. */
    private boolean cors(FormPath path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String origin = request.getHeader("Origin");
        boolean preflight = "OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null;
        FormSources.FormSource source;
        try {
            source = sources.require(path.kind(), path.key());
        } catch (NotFoundException e) {
            if (preflight) {
                problem(response, 404, "Not found", e.getMessage());
            }
            return !preflight;
        }
        response.addHeader("Vary", "Origin");
        boolean allowed = source.settings().allowsOrigin(origin);
        if (allowed) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Expose-Headers", "Retry-After, Idempotent-Replayed");
        }
        if (!preflight) {
            return true;
        }
        if (allowed) {
            response.setHeader("Access-Control-Allow-Methods", "POST");
            response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", PREFLIGHT_MAX_AGE_SECONDS);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            problem(response, 403, "Forbidden", "this form does not accept posts from " + origin);
        }
        return false;
    }

    private boolean isEmbeddable(String uri) {
        String key = uri.substring("/embed/".length(), uri.length() - ".js".length());
        try {
            sources.requireEmbeddable(key);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static HttpServletRequest capturedBody(HttpServletRequest request) throws IOException {
        request.setAttribute(BODY, new SubmittedBody(request.getContentType(), request.getInputStream().readAllBytes()));
        return new BodylessRequest(request);
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

    /** The request without its body or content type: both were taken into {@link #BODY}. */
    private static final class BodylessRequest extends HttpServletRequestWrapper {

        BodylessRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return isBodyHeader(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isBodyHeader(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !isBodyHeader(name)).toList());
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new BufferedBodyStream(new byte[0]);
        }

        private static boolean isBodyHeader(String name) {
            return name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Content-Length")
                    || name.equalsIgnoreCase("Transfer-Encoding");
        }
    }
}

package com.leadwire.testsupport;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The panel's login form posted over real HTTP, as a browser does: the login page first (for the
 * session and its CSRF token), then the form. Answers where the panel sends the browser next.
 */
public final class PanelLogin {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");

    private PanelLogin() {
    }

    /** The Location the login answers with: the panel on success, {@code /login?error} or {@code /login?locked} when refused. */
    public static String attempt(String baseUrl, String username, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try {
            String page = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String parameter = "_csrf";
            String token = null;
            Matcher meta = META.matcher(page);
            while (meta.find()) {
                if (meta.group(1).equals("_csrf")) {
                    token = meta.group(2);
                } else {
                    parameter = meta.group(2);
                }
            }
            String form = "username=" + encode(username) + "&password=" + encode(password)
                    + (token == null ? "" : "&" + parameter + "=" + encode(token));
            HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 302) {
                throw new AssertionError("the login answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.headers().firstValue("Location").orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static boolean succeeded(String location) {
        return !location.contains("/login");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package com.leadwire;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.server.Ssl;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.leadwire.apikeys.ApiKeys;
import com.leadwire.team.FirstAdmin;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * The few lines whoever started Leadwire needs, printed once it takes traffic (after every
 * ready listener, so they come last): where the panel is and how to log in, where the API is
 * described, and how to get an API key. The frameworks' start-up INFO is off (application.yml),
 * so these are not buried.
 * <p>
 * The first admin login is created here, right before its generated password is printed: a start
 * that fails before this point leaves no login whose password nobody has seen. This runs before
 * the readiness probe learns the new state, so when it answers UP the login exists and the lines
 * are printed.
 */
@Component
class ReadyNotice {

    private static final Logger log = LoggerFactory.getLogger(ReadyNotice.class);
    /** The panel's own-password page (admin.team.AccountView). */
    private static final String ACCOUNT_PAGE = "/account";

    private final FirstAdmin firstAdmin;
    private final Team team;
    private final ApiKeys apiKeys;
    private final ServerProperties server;
    private final Environment environment;

    ReadyNotice(FirstAdmin firstAdmin, Team team, ApiKeys apiKeys, ServerProperties server, Environment environment) {
        this.firstAdmin = firstAdmin;
        this.team = team;
        this.apiKeys = apiKeys;
        this.server = server;
        this.environment = environment;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void ready(AvailabilityChangeEvent<ReadinessState> change) {
        if (change.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return;
        }
        Optional<FirstAdmin.Created> created = firstAdmin.createIfNone();
        if (!(change.getSource() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            log.info("Leadwire is ready (no web server: no panel, no API)");
            return;
        }
        String base = baseUrl(web.getWebServer().getPort());
        log.info("Leadwire is ready on {}", base);
        log.info("  Panel:    {}/ - {}", base, created.map(ReadyNotice::firstLogin).orElseGet(this::existingLogin));
        apiDocs(base).ifPresent(docs -> log.info("  API docs: {}", docs));
        log.info("  API key:  {}", apiKeys.anyActive() ? "send yours in the " + ApiKeys.HEADER + " header"
                : "none yet - set LEADWIRE_API_KEY (" + ApiKeys.MIN_KEY_LENGTH + " characters or more) and restart, then send it in the "
                        + ApiKeys.HEADER + " header");
    }

    private static String firstLogin(FirstAdmin.Created admin) {
        if (admin.generated()) {
            return "log in as '" + admin.username() + "' with password '" + admin.generatedPassword()
                    + "' (generated at this first start and shown only this once; change it in the panel under My account, "
                    + ACCOUNT_PAGE + ")";
        }
        return "log in as '" + admin.username() + "' with the password set in leadwire.admin.password (LEADWIRE_ADMIN_PASSWORD)";
    }

    private String existingLogin() {
        List<TeamMember> admins = team.admins();
        if (admins.isEmpty()) {
            return "log in with a team login (there is no active admin)";
        }
        return "log in as " + admins.stream().map(admin -> "'" + admin.username() + "'").collect(Collectors.joining(" or "));
    }

    /** Swagger UI and the OpenAPI description, as far as springdoc serves them. */
    private Optional<String> apiDocs(String base) {
        boolean description = environment.getProperty("springdoc.api-docs.enabled", Boolean.class, true);
        boolean ui = description && environment.getProperty("springdoc.swagger-ui.enabled", Boolean.class, true);
        String descriptionUrl = base + environment.getProperty("springdoc.api-docs.path", "/v3/api-docs");
        if (ui) {
            return Optional.of(base + environment.getProperty("springdoc.swagger-ui.path", "/swagger-ui.html")
                    + " (OpenAPI description: " + descriptionUrl + ")");
        }
        return description ? Optional.of(descriptionUrl) : Optional.empty();
    }

    private String baseUrl(int port) {
        String scheme = Ssl.isEnabled(server.getSsl()) ? "https" : "http";
        InetAddress address = server.getAddress();
        String host = address == null || address.isAnyLocalAddress() ? "localhost"
                : address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        String contextPath = server.getServlet().getContextPath() == null ? "" : server.getServlet().getContextPath();
        return scheme + "://" + host + ":" + port + contextPath;
    }
}

package floor;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/v1/deals} with nothing of Leadwire behind it: the body is parsed and an id
 * answered, nothing is stored. Each Spring profile adds one layer of Leadwire's web stack, so
 * {@code bench/run.sh floor} can show what the stack alone costs per request on this machine:
 * {@code mvc} (Tomcat, Spring MVC, Jackson), {@code security} (+ a Spring Security chain that
 * checks an API key) and {@code camel} (+ the request handled by a YAML platform-http route,
 * through Leadwire's own engine, which runs it on the request thread, instead of a controller).
 */
@SpringBootApplication
public class FloorApp {

    static final String API_KEY = "floor-key";

    public static void main(String[] args) {
        SpringApplication.run(FloorApp.class, args);
    }

    static Map<String, Object> accepted(Map<?, ?> body) {
        return Map.of("eventId", UUID.randomUUID().toString(), "contact", String.valueOf(body.get("contact")));
    }

    @RestController
    @Profile("!camel")
    static class DealsController {

        @PostMapping("/api/v1/deals")
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, Object> create(@RequestBody Map<String, Object> body) {
            return accepted(body);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("!mvc")
    static class ApiKeySecurity {

        @Bean
        SecurityFilterChain api(HttpSecurity http) throws Exception {
            return http.securityMatcher("/api/**")
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .addFilterBefore(new ApiKeyFilter(), AnonymousAuthenticationFilter.class)
                    .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("API"))
                    .build();
        }
    }

    static class ApiKeyFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (API_KEY.equals(request.getHeader("X-Api-Key"))) {
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "bench", null, List.of(new SimpleGrantedAuthority("ROLE_API"))));
            }
            chain.doFilter(request, response);
        }
    }

    @Component("floorDeals")
    @Profile("camel")
    static class RouteEndpoint {

        private final ObjectMapper json;

        RouteEndpoint(ObjectMapper json) {
            this.json = json;
        }

        public String create(Message message) throws IOException {
            Map<?, ?> body = json.readValue(message.getBody(byte[].class), Map.class);
            message.setHeader(Exchange.HTTP_RESPONSE_CODE, 201);
            message.setHeader(Exchange.CONTENT_TYPE, "application/json");
            return json.writeValueAsString(accepted(body));
        }
    }

    /** Leadwire's own engine (com.leadwire.shared.web.RequestThreadPlatformHttp, compiled from the app's source). */
    @Configuration(proxyBeanMethods = false)
    @Profile("camel")
    @ComponentScan("com.leadwire.shared.web")
    static class AppRouteEngine {
    }
}

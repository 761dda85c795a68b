package com.leadwire.admin;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * The panel: every view needs a login except the login view and the invite page. A login locked
 * after too many wrong passwords comes back to the login view with {@code ?locked}, any other
 * refusal with {@code ?error}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class PanelSecurity {

    static final String LOCKED_PARAMETER = "locked";

    @Bean
    @Order(2)
    SecurityFilterChain panelFilterChain(HttpSecurity http) throws Exception {
        ExceptionMappingAuthenticationFailureHandler refusals = new ExceptionMappingAuthenticationFailureHandler();
        refusals.setDefaultFailureUrl("/login?error");
        refusals.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?" + LOCKED_PARAMETER));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // after Vaadin's: configured first, the form login would not yet know the login view and serve Spring's own page
        http.formLogin(form -> form.failureHandler(refusals));
        return http.build();
    }
}

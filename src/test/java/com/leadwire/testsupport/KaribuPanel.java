package com.leadwire.testsupport;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.ClassUtils;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;

import kotlin.jvm.functions.Function0;

/**
 * The panel without a browser (Karibu-Testing) inside a running app's Spring context: what
 * {@link PanelTestSupport} does, for tests that need another base (the Telegram context).
 */
public final class KaribuPanel {

    private static Routes routes;

    private KaribuPanel() {
    }

    /**
     * Finds the views with Spring's scanner, which also sees package-private classes, and the
     * panel's error views (not found, access denied, unexpected error), as the running app does.
     */
    @SuppressWarnings("unchecked")
    public static synchronized Routes routes() {
        if (routes == null) {
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
            Set<Class<? extends Component>> views = scanner.findCandidateComponents("com.leadwire").stream()
                    .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null).asSubclass(Component.class))
                    .collect(Collectors.toSet());
            var errorScanner = new ClassPathScanningCandidateComponentProvider(false);
            errorScanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
            Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
            errorScanner.findCandidateComponents("com.leadwire.admin").forEach(candidate -> errorViews.add(
                    (Class<? extends HasErrorParameter<?>>) ClassUtils.resolveClassName(candidate.getBeanClassName(), null)));
            routes = new Routes(views, errorViews, true);
        }
        return routes;
    }

    public static void start(ApplicationContext context) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes(), context, uiFactory));
    }

    public static void stop() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Logs in like the login form would; fails the test if the password is wrong. */
    public static void login(ApplicationContext context, String username, String password) {
        var user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        if (!context.getBean(PasswordEncoder.class).matches(password, user.getPassword())) {
            throw new AssertionError("wrong password for " + username);
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }
}

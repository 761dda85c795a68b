package com.leadwire.admin.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.leadwire.admin.MainLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A logged-in person opened a page their role may not see (a rep on an admin page): say so, in the panel's frame. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private static final Logger log = LoggerFactory.getLogger(AccessDeniedView.class);

    private final AuthenticationContext authentication;

    AccessDeniedView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        log.info("Panel page '{}' refused to {}", event.getLocation().getPath(), authentication.getPrincipalName().orElse("?"));
        removeAll();
        add(new H2(getTranslation("ops.error.denied.title")), new Paragraph(getTranslation("ops.error.denied.text")),
                new Anchor("", getTranslation("ops.error.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}

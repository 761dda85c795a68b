package com.leadwire.admin;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** The frame of every panel view: the menu, who is logged in, and log out. */
@PermitAll
class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication) {
        Span brand = new Span("Leadwire");
        brand.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, user, logout);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(user);
        user.getStyle().set("text-align", "right").set("color", "var(--lumo-secondary-text-color)");
        header.getStyle().set("padding", "0 var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.board"), BoardView.class, VaadinIcon.GRID_BIG.create()));
        if (authentication.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("nav.rules"), RulesView.class, VaadinIcon.AUTOMATION.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.templates"), TemplatesView.class, VaadinIcon.FILE_TEXT_O.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.webhooks"), WebhooksView.class, VaadinIcon.CONNECT.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.mailbox"), MailboxView.class, VaadinIcon.ENVELOPE.create()));
        }
        addToDrawer(nav);
    }
}

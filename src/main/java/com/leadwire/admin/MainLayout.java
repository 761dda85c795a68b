package com.leadwire.admin;

import java.util.Comparator;
import java.util.List;

import com.leadwire.admin.shell.LanguageSwitch;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * The frame of every panel view: the menu (the {@link PanelMenuItem} beans), who is logged in, the
 * language, and log out. A "Skip to content" button is the first stop of the Tab key.
 */
@PermitAll
@StyleSheet("context://styles/shell.css")
public class MainLayout extends AppLayout {

    final Button skipToContent = new Button();
    final LanguageSwitch language = new LanguageSwitch();

    MainLayout(AuthenticationContext authentication, List<PanelMenuItem> menu) {
        skipToContent.setText(getTranslation("ops.shell.skip"));
        skipToContent.addClassName("skip-to-content");
        skipToContent.addClickListener(click -> getContent().getElement().callJsFunction("focus"));
        Span brand = new Span("Leadwire");
        brand.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(skipToContent, new DrawerToggle(), brand, user, language, logout);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(user);
        user.getStyle().set("text-align", "right").set("color", "var(--lumo-secondary-text-color)");
        header.getStyle().set("padding", "0 var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        boolean admin = authentication.hasRole("ADMIN");
        menu.stream().filter(item -> admin || !item.adminOnly())
                .sorted(Comparator.comparingInt(PanelMenuItem::position))
                .forEach(item -> nav.addItem(new SideNavItem(getTranslation(item.labelKey()), item.view(), item.icon().create())));
        addToDrawer(nav);
    }

    /** The view becomes the target of "Skip to content": focusable by script, not a Tab stop of its own. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        content.getElement().setAttribute("tabindex", "-1");
        content.getElement().getClassList().add("panel-content");
    }
}

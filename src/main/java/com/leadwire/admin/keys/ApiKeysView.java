package com.leadwire.admin.keys;

import java.time.Instant;

import com.leadwire.admin.Badges;
import com.leadwire.admin.MainLayout;
import com.leadwire.admin.PanelTimes;
import com.leadwire.apikeys.ApiKeyView;
import com.leadwire.apikeys.ApiKeys;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * The API keys: each with its scope, owner and last use; a new key is shown once, a key is revoked
 * after a confirmation. The same service as {@code /api/v1/api-keys}.
 */
@Route(value = "api-keys", layout = MainLayout.class)
@PageTitle("Leadwire – API keys")
@RolesAllowed("ADMIN")
class ApiKeysView extends VerticalLayout {

    final Button newKey = new Button();
    final Grid<ApiKeyView> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    /** The open dialogs, for tests. */
    NewKeyDialog dialog;
    ConfirmDialog confirmRevoke;

    private final ApiKeys keys;
    private final Team team;
    private final String actor;

    ApiKeysView(ApiKeys keys, Team team, AuthenticationContext authentication) {
        this.keys = keys;
        this.team = team;
        this.actor = authentication.getPrincipalName().orElse("panel");
        setSizeFull();

        newKey.setText(getTranslation("keys.new"));
        newKey.setIcon(VaadinIcon.PLUS.create());
        newKey.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newKey.addClickListener(click -> openNewKey());

        grid.addColumn(ApiKeyView::name).setHeader(getTranslation("keys.column.name")).setKey("name").setFlexGrow(1);
        grid.addColumn(key -> key.prefix() + "…").setHeader(getTranslation("keys.column.prefix")).setKey("prefix").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(key -> getTranslation("keys.scope." + key.scope().spelling())).setHeader(getTranslation("keys.column.scope"))
                .setKey("scope").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(key -> key.owner() == null ? "" : key.owner()).setHeader(getTranslation("keys.column.owner")).setKey("owner")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(key -> time(key.createdAt())).setHeader(getTranslation("keys.column.created")).setKey("created")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(key -> key.lastUsedAt() == null ? getTranslation("keys.never") : time(key.lastUsedAt()))
                .setHeader(getTranslation("keys.column.lastUsed")).setKey("lastUsed").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::state)).setHeader(getTranslation("keys.column.state")).setKey("state")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setMinHeight("16em");

        add(new H2(getTranslation("keys.title")), new Paragraph(getTranslation("keys.intro")), newKey, empty, grid);
        expand(grid);
        refresh();
    }

    private String time(Instant at) {
        return PanelTimes.shortDateTime(at, getLocale());
    }

    private Component state(ApiKeyView key) {
        if (key.revoked()) {
            return Badges.neutral(getTranslation("keys.revoked", time(key.revokedAt())));
        }
        Button revoke = new Button(getTranslation("keys.revoke"), click -> confirmRevoke(key));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new Span(Badges.success(getTranslation("keys.active")), revoke);
    }

    private void openNewKey() {
        dialog = new NewKeyDialog(keys, team.everyone().stream().filter(TeamMember::active).toList(), actor, created -> refresh());
        dialog.open();
    }

    private void confirmRevoke(ApiKeyView key) {
        confirmRevoke = new ConfirmDialog(getTranslation("keys.revoke.title", key.name()), getTranslation("keys.revoke.text"),
                getTranslation("keys.revoke"), confirmed -> {
                    keys.revoke(key.id(), actor);
                    Notification.show(getTranslation("keys.revoked.done", key.name()));
                    refresh();
                }, getTranslation("keys.cancel"), cancelled -> { });
        confirmRevoke.setConfirmButtonTheme("error primary");
        confirmRevoke.open();
    }

    private void refresh() {
        var all = keys.all();
        grid.setItems(all);
        empty.setText(getTranslation("keys.empty"));
        empty.setVisible(all.isEmpty());
        grid.setVisible(!all.isEmpty());
    }
}

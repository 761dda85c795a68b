package com.leadwire.admin.team;

import java.util.List;

import com.leadwire.admin.MainLayout;
import com.leadwire.shared.ConflictException;
import com.leadwire.team.CreatedMember;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.team.TeamPasswords;
import com.leadwire.telegram.TelegramLinkCodes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * The team: everyone who logs in, with the admin's actions on each (a new password link, a
 * password, a Telegram link code, the role, deactivate or reactivate) and adding someone.
 */
@Route(value = "team", layout = MainLayout.class)
@PageTitle("Leadwire – Team")
@RolesAllowed("ADMIN")
class TeamView extends VerticalLayout {

    static final String ACTIONS = "actions";

    final Grid<TeamMember> grid = new Grid<>();
    final Paragraph empty;
    final Button add;

    private final Team team;
    private final TeamPasswords passwords;
    private final TelegramLinkCodes telegram;
    private final String actor;

    TeamView(Team team, TeamPasswords passwords, TelegramLinkCodes telegram, AuthenticationContext authentication) {
        this.team = team;
        this.passwords = passwords;
        this.telegram = telegram;
        this.actor = authentication.getPrincipalName().orElse("panel");
        setWidthFull();
        setMaxWidth("80em");
        Paragraph intro = new Paragraph(getTranslation("team.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add = new Button(getTranslation("team.add"), VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> new NewMemberDialog(team, actor, this::created).open());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("team.title")), add);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        empty = new Paragraph(getTranslation("team.empty"));
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");

        grid.addColumn(TeamMember::displayName).setHeader(getTranslation("team.column.name")).setFlexGrow(2);
        grid.addColumn(TeamMember::username).setHeader(getTranslation("team.column.username")).setFlexGrow(1);
        grid.addColumn(member -> member.email() == null ? "" : member.email()).setHeader(getTranslation("team.column.email"))
                .setFlexGrow(2);
        grid.addColumn(member -> getTranslation("team.role." + member.role().name())).setHeader(getTranslation("team.column.role"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::status).setHeader(getTranslation("team.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(member -> getTranslation(member.telegramLinked() ? "team.telegram.linked" : "team.telegram.notLinked"))
                .setHeader(getTranslation("team.column.telegram")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::buttons).setHeader(getTranslation("team.column.actions")).setKey(ACTIONS).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        add(header, intro, empty, grid);
        refresh();
    }

    /** How a member is named in choices: name and username. */
    static String label(TeamMember member) {
        return member.displayName() + " (" + member.username() + ")";
    }

    void refresh() {
        List<TeamMember> everyone = team.everyone();
        grid.setItems(everyone);
        empty.setVisible(everyone.size() <= 1);
    }

    private String status(TeamMember member) {
        if (!member.active()) {
            return getTranslation("team.status.inactive");
        }
        return getTranslation(member.hasPassword() ? "team.status.active" : "team.status.invited");
    }

    private HorizontalLayout buttons(TeamMember member) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (!member.active()) {
            Button reactivate = button(VaadinIcon.PLAY_CIRCLE_O, "team.action.reactivate", member);
            reactivate.addClickListener(click -> {
                team.reactivate(member.id(), actor);
                refresh();
                Notification.show(getTranslation("team.reactivate.done", member.displayName()));
            });
            buttons.add(reactivate);
            return buttons;
        }
        Button invite = button(VaadinIcon.ENVELOPE_O, "team.action.invite", member);
        invite.addClickListener(click -> new InviteLinkDialog(member, passwords.invite(member.id(), actor)).open());
        Button password = button(VaadinIcon.KEY_O, "team.action.password", member);
        password.addClickListener(click -> new SetPasswordDialog(passwords, member, actor, saved -> {
            refresh();
            Notification.show(getTranslation("team.password.saved", saved.displayName()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }).open());
        Button linkCode = button(VaadinIcon.PAPERPLANE_O, "team.action.telegram", member);
        linkCode.addClickListener(click -> new TelegramCodeDialog(member, telegram.create(member.id())).open());
        Button role = button(VaadinIcon.USER_CARD, "team.action.role", member);
        role.addClickListener(click -> confirmRoleChange(member));
        Button deactivate = button(VaadinIcon.BAN, "team.action.deactivate", member);
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.addClickListener(click -> new DeactivateDialog(team, member, actor, handedOver -> {
            refresh();
            Notification.show(handedOver > 0 ? getTranslation("team.deactivate.moved", member.displayName(), handedOver)
                    : getTranslation("team.deactivate.done", member.displayName()));
        }).open());
        buttons.add(invite, password, linkCode, role, deactivate);
        // one's own role and account are changed by another admin, so nobody locks themselves out by a slip
        boolean yourself = member.username().equalsIgnoreCase(actor);
        role.setEnabled(!yourself);
        deactivate.setEnabled(!yourself);
        return buttons;
    }

    /** An icon button that says what it does and to whom, to a screen reader and in a tooltip. */
    private Button button(VaadinIcon icon, String key, TeamMember member) {
        Button button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        String text = getTranslation(key) + ": " + member.displayName();
        button.setAriaLabel(text);
        button.setTooltipText(text);
        return button;
    }

    private void created(CreatedMember created) {
        refresh();
        Notification.show(getTranslation("team.added", created.member().displayName()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        created.invite().ifPresent(invite -> new InviteLinkDialog(created.member(), invite).open());
    }

    private void confirmRoleChange(TeamMember member) {
        Role other = member.role() == Role.ADMIN ? Role.REP : Role.ADMIN;
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("team.action.role") + ": " + member.displayName(),
                getTranslation("team.role.confirm." + other.name(), member.displayName()), getTranslation("team.action.role"),
                confirmed -> changeRole(member, other), getTranslation("team.cancel"), cancelled -> { });
        confirm.open();
    }

    private void changeRole(TeamMember member, Role role) {
        try {
            team.changeRole(member.id(), role, actor);
            Notification.show(getTranslation("team.role.saved", member.displayName(), getTranslation("team.role." + role.name())));
        } catch (ConflictException lastAdmin) {
            Notification.show(getTranslation("team.role.lastAdmin"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }
}

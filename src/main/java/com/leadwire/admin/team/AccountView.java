package com.leadwire.admin.team;

import java.util.Map;

import com.leadwire.admin.MainLayout;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.team.TeamPasswords;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** Everyone's own account: change the password, proving who you are with the current one. */
@Route(value = "account", layout = MainLayout.class)
@PageTitle("Leadwire – My account")
@PermitAll
class AccountView extends VerticalLayout {

    final PasswordField current = new PasswordField();
    final NewPasswordFields next = new NewPasswordFields();
    final Button save = new Button();

    private final TeamPasswords passwords;
    private final String username;

    AccountView(TeamPasswords passwords, AuthenticationContext authentication) {
        this.passwords = passwords;
        this.username = authentication.getPrincipalName().orElseThrow();
        setMaxWidth("30em");
        current.setLabel(getTranslation("team.account.current"));
        current.setWidthFull();
        save.setText(getTranslation("team.account.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(new H2(getTranslation("team.account.title")), new Paragraph(getTranslation("team.account.intro", username)), current,
                next, save);
    }

    private void save() {
        current.setInvalid(false);
        String chosen = next.typedTwice();
        if (chosen == null) {
            return;
        }
        try {
            passwords.changeOwnPassword(username, current.getValue(), chosen);
            current.clear();
            next.password.clear();
            next.repeat.clear();
            Notification.show(getTranslation("team.account.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException refused) {
            FieldRefusals.show(this, refused, Map.of("currentPassword", current, "newPassword", next.password));
        }
    }
}

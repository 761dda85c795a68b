package com.leadwire.admin.team;

import java.util.Map;
import java.util.function.Consumer;

import com.leadwire.shared.InvalidInputException;
import com.leadwire.team.PasswordRule;
import com.leadwire.team.TeamMember;
import com.leadwire.team.TeamPasswords;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;

/** An admin sets a member's password (a reset the admin hands over in person). */
class SetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField();
    final Button save = new Button();

    SetPasswordDialog(TeamPasswords passwords, TeamMember member, String actor, Consumer<TeamMember> onSaved) {
        setHeaderTitle(getTranslation("team.password.title", member.displayName()));
        password.setLabel(getTranslation("team.dialog.password"));
        password.setHelperText(getTranslation("team.password.help", PasswordRule.MIN_LENGTH));
        password.setWidthFull();
        add(password);
        save.setText(getTranslation("team.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            password.setInvalid(false);
            try {
                TeamMember saved = passwords.setPassword(member.id(), password.getValue(), actor);
                close();
                onSaved.accept(saved);
            } catch (InvalidInputException refused) {
                FieldRefusals.show(this, refused, Map.of("password", password));
            }
        });
        getFooter().add(new Button(getTranslation("team.cancel"), click -> close()), save);
    }
}

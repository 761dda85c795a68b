package com.leadwire.admin.team;

import java.util.Map;
import java.util.function.Consumer;

import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.team.CreatedMember;
import com.leadwire.team.PasswordRule;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMemberDraft;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** Adding someone to the team: who they are, their role, and whether they get a link or a password now. */
class NewMemberDialog extends Dialog {

    enum Access { INVITE, SET }

    final TextField username = new TextField();
    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();
    final RadioButtonGroup<Access> access = new RadioButtonGroup<>();
    final PasswordField password = new PasswordField();
    final Button save = new Button();

    private final Team team;
    private final String actor;
    private final Consumer<CreatedMember> onCreated;
    private final Map<String, HasValidation> fields;

    NewMemberDialog(Team team, String actor, Consumer<CreatedMember> onCreated) {
        this.team = team;
        this.actor = actor;
        this.onCreated = onCreated;
        fields = Map.of("username", username, "name", name, "email", email, "password", password);
        setHeaderTitle(getTranslation("team.dialog.new"));
        username.setLabel(getTranslation("team.dialog.username"));
        username.setHelperText(getTranslation("team.dialog.username.help"));
        username.setRequired(true);
        name.setLabel(getTranslation("team.dialog.name"));
        name.setRequired(true);
        email.setLabel(getTranslation("team.dialog.email"));
        role.setLabel(getTranslation("team.dialog.role"));
        role.setItems(Role.REP, Role.ADMIN);
        role.setItemLabelGenerator(chosen -> getTranslation("team.role." + chosen.name()));
        role.setValue(Role.REP);
        access.setLabel(getTranslation("team.dialog.access"));
        access.setItems(Access.values());
        access.setItemLabelGenerator(chosen -> getTranslation("team.dialog.access." + chosen.name().toLowerCase()));
        access.setValue(Access.INVITE);
        password.setLabel(getTranslation("team.dialog.password"));
        password.setHelperText(getTranslation("team.password.help", PasswordRule.MIN_LENGTH));
        password.setVisible(false);
        access.addValueChangeListener(change -> password.setVisible(change.getValue() == Access.SET));
        FormLayout form = new FormLayout(username, name, email, role, access, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation("team.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("team.cancel"), click -> close()), save);
    }

    private void save() {
        FieldRefusals.clear(fields);
        String chosenPassword = access.getValue() == Access.SET ? password.getValue() : null;
        try {
            CreatedMember created = team.create(new TeamMemberDraft(username.getValue(), name.getValue(), email.getValue(),
                    role.getValue(), chosenPassword), actor);
            close();
            onCreated.accept(created);
        } catch (ConflictException taken) {
            username.setErrorMessage(getTranslation("team.duplicate"));
            username.setInvalid(true);
        } catch (InvalidInputException refused) {
            if (!FieldRefusals.show(this, refused, fields)) {
                role.setErrorMessage(getTranslation("team.error.role"));
                role.setInvalid(true);
            }
        }
    }
}

package com.leadwire.admin.team;

import com.leadwire.team.PasswordRule;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

/** A new password typed twice, so a typo does not lock its owner out. */
class NewPasswordFields extends VerticalLayout {

    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();

    NewPasswordFields() {
        setPadding(false);
        setSpacing(false);
        password.setLabel(getTranslation("team.account.new"));
        password.setHelperText(getTranslation("team.password.help", PasswordRule.MIN_LENGTH));
        repeat.setLabel(getTranslation("team.account.repeat"));
        password.setWidthFull();
        repeat.setWidthFull();
        add(password, repeat);
    }

    /** The new password when both say the same; shows the difference otherwise and answers null. */
    String typedTwice() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("team.error.repeat"));
            repeat.setInvalid(true);
            return null;
        }
        return password.getValue();
    }
}

package com.leadwire.admin.team;

import java.util.Map;

import com.leadwire.shared.InvalidInputException;
import com.leadwire.team.PasswordRule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

/** Shows a service's refusal of an input on the field it names, in the panel's words. */
final class FieldRefusals {

    private FieldRefusals() {
    }

    /** @return whether a field of the form showed it */
    static boolean show(Component form, InvalidInputException refused, Map<String, ? extends HasValidation> fields) {
        HasValidation field = fields.get(refused.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(form.getTranslation("team.error." + refused.field(), PasswordRule.MIN_LENGTH));
        field.setInvalid(true);
        return true;
    }

    static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }
}

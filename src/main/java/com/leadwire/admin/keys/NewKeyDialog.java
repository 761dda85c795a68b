package com.leadwire.admin.keys;

import java.util.List;
import java.util.function.Consumer;

import com.leadwire.admin.SelectLabels;
import com.leadwire.admin.sources.CopyBox;
import com.leadwire.apikeys.ApiKeyScope;
import com.leadwire.apikeys.ApiKeys;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.team.TeamMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Creating a key: a name, a scope and optionally an owner; then the key itself, shown this once
 * with a button that copies it.
 */
class NewKeyDialog extends Dialog {

    final TextField name = new TextField();
    final Select<ApiKeyScope> scope = new Select<>();
    final ComboBox<TeamMember> owner = new ComboBox<>();
    final Button create = new Button();
    /** The new key, once created. */
    CopyBox shownKey;

    private final ApiKeys keys;
    private final String actor;
    private final Consumer<ApiKeys.CreatedKey> created;

    NewKeyDialog(ApiKeys keys, List<TeamMember> activeTeam, String actor, Consumer<ApiKeys.CreatedKey> created) {
        this.keys = keys;
        this.actor = actor;
        this.created = created;
        setHeaderTitle(getTranslation("keys.new.title"));
        name.setLabel(getTranslation("keys.new.name"));
        name.setHelperText(getTranslation("keys.new.name.help"));
        name.setWidthFull();
        name.setRequired(true);
        scope.setLabel(getTranslation("keys.new.scope"));
        scope.setItems(ApiKeyScope.values());
        SelectLabels.label(scope, this::scopeLabel);
        scope.setValue(ApiKeyScope.READ);
        scope.setWidthFull();
        owner.setLabel(getTranslation("keys.new.owner"));
        owner.setHelperText(getTranslation("keys.new.owner.help"));
        owner.setItems(activeTeam);
        owner.setItemLabelGenerator(member -> member.displayName() + " (" + member.username() + ")");
        owner.setClearButtonVisible(true);
        owner.setWidthFull();
        VerticalLayout form = new VerticalLayout(name, scope, owner);
        form.setPadding(false);
        form.setWidth("30em");
        add(form);
        create.setText(getTranslation("keys.new.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> createKey());
        getFooter().add(new Button(getTranslation("keys.cancel"), click -> close()), create);
    }

    String scopeLabel(ApiKeyScope each) {
        return getTranslation("keys.scope." + each.spelling());
    }

    private void createKey() {
        try {
            ApiKeys.CreatedKey key = keys.create(name.getValue(), scope.getValue(), owner.getValue() == null ? null : owner.getValue().id(),
                    actor);
            showOnce(key);
            created.accept(key);
        } catch (InvalidInputException refused) {
            boolean ownerGone = "ownerId".equals(refused.field());
            name.setInvalid(!ownerGone);
            name.setErrorMessage(ownerGone ? null : getTranslation("keys.new.name.error"));
            owner.setInvalid(ownerGone);
            owner.setErrorMessage(ownerGone ? getTranslation("keys.new.owner.error") : null);
        }
    }

    private void showOnce(ApiKeys.CreatedKey key) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("keys.shown.title", key.view().name()));
        shownKey = new CopyBox(getTranslation("keys.shown.label"), key.key());
        VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("keys.shown.once")), shownKey);
        content.setPadding(false);
        content.setWidth("36em");
        add(content);
        Button done = new Button(getTranslation("keys.shown.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}

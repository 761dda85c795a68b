package com.leadwire.admin.fields;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.fields.CustomField;
import com.leadwire.fields.CustomFieldDraft;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.fields.FieldType;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

@OnH2
class FieldsViewIntegrationTests extends PanelTestSupport {

    @Autowired
    CustomFields fields;

    private FieldsView opened() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("fields");
        return _get(FieldsView.class);
    }

    private static String uniqueName() {
        return "f_" + Unique.suffix();
    }

    private CustomField aField(FieldScope scope, FieldType type, List<String> options) {
        return fields.create(new CustomFieldDraft(scope, uniqueName(), type, options, "Plan " + Unique.suffix(), "Plano", null));
    }

    private CustomField stored(CustomField field) {
        return fields.find(field.id()).orElseThrow();
    }

    /** The button of a field's row: 0 up, 1 down, 2 edit, 3 delete. */
    private static Button rowButton(ScopeCatalogue catalogue, CustomField field, int which) {
        int row = catalogue.grid.getListDataView().getItems().map(CustomField::id).toList().indexOf(field.id());
        assertThat(row).as("row of " + field.name()).isNotNegative();
        Component buttons = _getCellComponent(catalogue.grid, row, ScopeCatalogue.ACTIONS);
        return (Button) buttons.getChildren().skip(which).findFirst().orElseThrow();
    }

    private static List<Long> order(ScopeCatalogue catalogue) {
        return catalogue.grid.getListDataView().getItems().map(CustomField::id).toList();
    }

    @Test
    void aChoiceFieldIsCreatedWithTheOptionsTypedInItsDialog() {
        FieldsView view = opened();
        String name = uniqueName();

        _click(view.deal.add);
        FieldDialog dialog = _get(FieldDialog.class);
        assertThat(dialog.options.isVisible()).isFalse();
        _setValue(dialog.name, name);
        _setValue(dialog.type, FieldType.CHOICE);
        assertThat(dialog.options.isVisible()).isTrue();
        _setValue(dialog.options.optionRows().get(0).text, "Básico");
        _click(dialog.options.add);
        _setValue(dialog.options.optionRows().get(1).text, "Pro");
        _click(dialog.options.add);
        _click(dialog.options.add);
        _setValue(dialog.options.optionRows().get(2).text, "Errado");
        _click(dialog.options.optionRows().get(2).remove);
        _setValue(dialog.labelEn, "Plan");
        _setValue(dialog.labelPt, "Plano");
        _click(dialog.save);

        CustomField created = fields.find(FieldScope.DEAL, name).orElseThrow();
        assertThat(created.type()).isEqualTo(FieldType.CHOICE);
        assertThat(created.options()).containsExactly("Básico", "Pro");
        assertThat(created.labelPt()).isEqualTo("Plano");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.deal.grid.getListDataView().getItems()).contains(created);
        expectNotifications("Field Plan saved.");
    }

    @Test
    void editingChangesOptionsAndLabelsButNotTheName() {
        CustomField field = aField(FieldScope.DEAL, FieldType.CHOICE, List.of("LEAD", "AVALIAÇÃO", "CLIENTE"));
        FieldsView view = opened();

        _click(rowButton(view.deal, field, 2));
        FieldDialog dialog = _get(FieldDialog.class);
        assertThat(dialog.name.getValue()).isEqualTo(field.name());
        assertThat(dialog.name.isReadOnly()).isTrue();
        assertThat(dialog.options.value()).containsExactly("LEAD", "AVALIAÇÃO", "CLIENTE");
        _click(dialog.options.optionRows().get(2).remove);
        _setValue(dialog.labelPt, "Tipo de lead");
        _click(dialog.save);

        assertThat(stored(field).options()).containsExactly("LEAD", "AVALIAÇÃO");
        assertThat(stored(field).labelPt()).isEqualTo("Tipo de lead");
        assertThat(stored(field).name()).isEqualTo(field.name());
    }

    @Test
    void theArrowsReorderTheFieldsOfTheirScope() {
        CustomField first = aField(FieldScope.CONTACT, FieldType.TEXT, List.of());
        CustomField second = aField(FieldScope.CONTACT, FieldType.DATE, List.of());
        FieldsView view = opened();
        assertThat(order(view.contact).indexOf(first.id())).isLessThan(order(view.contact).indexOf(second.id()));
        assertThat(rowButton(view.contact, second, 1).isEnabled()).as("the last one cannot go down").isFalse();

        _click(rowButton(view.contact, first, 1));

        assertThat(order(view.contact).indexOf(first.id())).isEqualTo(order(view.contact).indexOf(second.id()) + 1);
        assertThat(fields.of(FieldScope.CONTACT).stream().map(CustomField::id).toList()).isEqualTo(order(view.contact));
        _click(rowButton(view.contact, first, 0));
        assertThat(order(view.contact).indexOf(first.id())).isEqualTo(order(view.contact).indexOf(second.id()) - 1);
    }

    @Test
    void deletingAsksFirstAndSaysTheStoredValuesStay() {
        CustomField field = aField(FieldScope.DEAL, FieldType.NUMBER, List.of());
        FieldsView view = opened();

        _click(rowButton(view.deal, field, 3));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_getText(confirm)).isEqualTo("Forms, rules and imports will no longer offer " + field.labelEn()
                + ". The values already stored on deals and contacts under " + field.name() + " stay and can still be read.");
        assertThat(fields.find(field.id())).isPresent();
        _fireConfirm(confirm);

        assertThat(fields.find(field.id())).isEmpty();
        assertThat(view.deal.grid.getListDataView().getItems()).doesNotContain(field);
    }

    @Test
    void aFieldSomeoneDeletedMeanwhileIsSaidSoAndLeavesTheList() {
        CustomField edited = aField(FieldScope.DEAL, FieldType.TEXT, List.of());
        CustomField deleted = aField(FieldScope.DEAL, FieldType.TEXT, List.of());
        String said = "Someone deleted this field meanwhile. The list now shows the fields as they are.";
        FieldsView view = opened();

        _click(rowButton(view.deal, deleted, 3));
        fields.delete(deleted.id());
        _fireConfirm(_get(ConfirmDialog.class));
        expectNotifications(said);
        assertThat(view.deal.grid.getListDataView().getItems()).doesNotContain(deleted);

        _click(rowButton(view.deal, edited, 2));
        FieldDialog dialog = _get(FieldDialog.class);
        fields.delete(edited.id());
        _setValue(dialog.labelEn, "Still here?");
        _click(dialog.save);
        expectNotifications(said);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.deal.grid.getListDataView().getItems()).doesNotContain(edited);
    }

    @Test
    void aRefusedFieldIsShownOnWhatIsWrong() {
        CustomField existing = aField(FieldScope.DEAL, FieldType.TEXT, List.of());
        FieldsView view = opened();
        _click(view.deal.add);
        FieldDialog dialog = _get(FieldDialog.class);

        _setValue(dialog.name, "Plano Pago");
        _setValue(dialog.labelEn, "Plan");
        _setValue(dialog.labelPt, "Plano");
        _click(dialog.save);
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo(
                "Start with a lower-case letter; use only lower-case letters, digits and _ (up to 60).");
        assertThat(dialog.isOpened()).isTrue();

        _setValue(dialog.name, existing.name());
        _click(dialog.save);
        assertThat(dialog.name.getErrorMessage()).isEqualTo("There is already a field with this name here.");

        _setValue(dialog.name, uniqueName());
        _setValue(dialog.type, FieldType.CHOICE);
        _click(dialog.save);
        assertThat(dialog.name.isInvalid()).isFalse();
        assertThat(dialog.options.problem.isVisible()).isTrue();
        assertThat(dialog.options.problem.getText()).startsWith("A choice needs at least one option");
    }

    @Test
    void withoutContactFieldsTheViewSaysHowToAddTheFirst() {
        // this test owns the contact scope while it runs: no other test expects contact fields to stay
        fields.of(FieldScope.CONTACT).forEach(field -> fields.delete(field.id()));
        FieldsView view = opened();

        assertThat(view.contact.empty.isVisible()).isTrue();
        assertThat(view.contact.empty.getText()).contains("New contact field");
        assertThat(view.contact.grid.isVisible()).isFalse();

        _click(view.contact.add);
        FieldDialog dialog = _get(FieldDialog.class);
        _setValue(dialog.name, uniqueName());
        _setValue(dialog.labelEn, "Company");
        _setValue(dialog.labelPt, "Empresa");
        _click(dialog.save);
        assertThat(view.contact.empty.isVisible()).isFalse();
        assertThat(view.contact.grid.isVisible()).isTrue();
    }

    @Test
    void inPortugueseTheCatalogueAndItsDialogsSpeakPortuguese() {
        CustomField field = aField(FieldScope.DEAL, FieldType.CHOICE, List.of("autocloud", "Feirão Digital"));
        UI.getCurrent().setLocale(Locale.forLanguageTag("pt-BR"));
        FieldsView view = opened();

        assertThat(view.deal.add.getText()).isEqualTo("Novo campo do negócio");
        assertThat(view.deal.grid.getColumns().get(0).getHeaderText()).isEqualTo("Rótulo");
        assertThat(rowButton(view.deal, field, 3).getElement().getAttribute("aria-label")).isEqualTo("Excluir: Plano");
        _click(rowButton(view.deal, field, 3));
        assertThat(_getText(_get(ConfirmDialog.class))).startsWith("Formulários, regras e importações deixarão de oferecer Plano.");
        _get(ConfirmDialog.class).close();

        _click(view.deal.add);
        FieldDialog dialog = _get(FieldDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Novo campo do negócio");
        assertThat(dialog.type.getItemLabelGenerator().apply(FieldType.CHOICE)).isEqualTo("Escolha");
        _setValue(dialog.name, field.name());
        _setValue(dialog.labelEn, "Plan");
        _setValue(dialog.labelPt, "Plano");
        _click(dialog.save);
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Já existe um campo com este nome aqui.");
    }
}

package com.leadwire.admin;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import com.leadwire.automation.Condition;
import com.leadwire.automation.RuleAction;
import com.leadwire.automation.RuleConditions;
import com.leadwire.automation.RuleDefinition;
import com.leadwire.automation.RuleTrigger;
import com.leadwire.automation.RuleView;
import com.leadwire.automation.Rules;
import com.leadwire.automation.TriggerType;
import com.leadwire.fields.CustomField;
import com.leadwire.fields.CustomFieldDraft;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.fields.FieldType;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;

/** The rule editor offers the custom-field catalogue: its deal fields to test and to set, a choice field's options as values. */
@OnH2
class RuleEditorCatalogueIntegrationTests extends PanelTestSupport {

    @Autowired
    Rules rules;

    @Autowired
    CustomFields fields;

    private CustomField aDealField(FieldType type, List<String> options) {
        return fields.create(new CustomFieldDraft(FieldScope.DEAL, "f_" + Unique.suffix(), type, options, "Plan", "Plano", null));
    }

    private RuleEditorView opened(String route) {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate(route);
        return _get(RuleEditorView.class);
    }

    private static ConditionRow addCondition(ConditionGroup group) {
        _click(group.add);
        return group.conditionRows().get(group.conditionRows().size() - 1);
    }

    @Test
    void aChoiceFieldIsTestedAndSetWithItsOptionsBesideTheBuiltInFields() {
        CustomField plan = aDealField(FieldType.CHOICE, List.of("Básico", "Pro", "Empresa"));
        String dealField = Condition.DEAL_FIELD_PREFIX + plan.name();
        String name = Unique.key("Plano");
        RuleEditorView editor = opened("rules/edit");
        _setValue(editor.name, name);

        ConditionRow isPro = addCondition(editor.all);
        assertThat(isPro.field.getListDataView().getItems()).contains("source", "deal.value", dealField, Condition.DEAL_FIELD_PREFIX);
        assertThat(isPro.field.getItemLabelGenerator().apply(dealField)).isEqualTo("Plan (deal field)");
        _setValue(isPro.field, dealField);
        assertThat(isPro.dealField.isVisible()).isFalse();
        assertThat(isPro.value.isVisible()).isFalse();
        assertThat(isPro.choice.getListDataView().getItems()).containsExactly("Básico", "Pro", "Empresa");
        _setValue(isPro.choice, "Pro");
        ConditionRow paying = addCondition(editor.any);
        _setValue(paying.field, dealField);
        _setValue(paying.operator, ConditionRow.Operator.ONE_OF);
        assertThat(paying.choice.isVisible()).isFalse();
        _setValue(paying.choices, Set.of("Empresa", "Básico"));
        ConditionRow contains = addCondition(editor.any);
        _setValue(contains.field, dealField);
        _setValue(contains.operator, ConditionRow.Operator.CONTAINS);
        assertThat(contains.value.isVisible()).as("'contains' is typed, not picked").isTrue();
        _setValue(contains.value, "pre");

        ActionRow setPlan = editor.actions.actionRows().get(0);
        _setValue(setPlan.type, RuleAction.Type.SET_FIELD);
        assertThat(setPlan.fieldName.getListDataView().getItems()).contains(plan.name(), "platform", "type");
        assertThat(setPlan.fieldName.getItemLabelGenerator().apply(plan.name())).isEqualTo("Plan (" + plan.name() + ")");
        _setValue(setPlan.fieldName, plan.name());
        assertThat(setPlan.fieldValue.isVisible()).isFalse();
        assertThat(setPlan.fieldChoice.getListDataView().getItems()).containsExactly("Básico", "Pro", "Empresa");
        _setValue(setPlan.fieldChoice, "Empresa");
        _click(editor.save);

        RuleView saved = rules.all().stream().filter(rule -> rule.name().equals(name)).findFirst().orElseThrow();
        assertThat(saved.definition()).isEqualTo(new RuleDefinition(name, null, true, RuleTrigger.of(TriggerType.DEAL_CREATED),
                new RuleConditions(List.of(new Condition(dealField, Condition.Op.EQUALS, TextNode.valueOf("Pro"))),
                        List.of(new Condition(dealField, Condition.Op.ONE_OF, JsonNodeFactory.instance.arrayNode().add("Básico")
                                        .add("Empresa")),
                                new Condition(dealField, Condition.Op.CONTAINS, TextNode.valueOf("pre")))),
                List.of(RuleAction.setField(plan.name(), "Empresa"))));

        RuleEditorView again = opened("rules/edit/" + saved.id());
        ConditionRow reopened = again.all.conditionRows().get(0);
        assertThat(reopened.field.getValue()).isEqualTo(dealField);
        assertThat(reopened.choice.getValue()).isEqualTo("Pro");
        assertThat(again.any.conditionRows().get(0).choices.getValue()).containsExactlyInAnyOrder("Básico", "Empresa");
        assertThat(again.actions.actionRows().get(0).fieldName.getValue()).isEqualTo(plan.name());
        assertThat(again.actions.actionRows().get(0).fieldChoice.getValue()).isEqualTo("Empresa");
    }

    @Test
    void aFieldOutsideTheCatalogueIsStillTypedByName() {
        String name = Unique.key("Livre");
        RuleEditorView editor = opened("rules/edit");
        _setValue(editor.name, name);
        ActionRow free = editor.actions.actionRows().get(0);
        _setValue(free.type, RuleAction.Type.SET_FIELD);

        _setValue(free.fieldName, "followup");
        assertThat(free.fieldValue.isVisible()).isTrue();
        _setValue(free.fieldValue, "sim");
        _click(editor.save);

        RuleView saved = rules.all().stream().filter(rule -> rule.name().equals(name)).findFirst().orElseThrow();
        // an unconditional DEAL_CREATED rule would set this field on every later deal of the shared test context
        rules.delete(saved.id(), "test");
        assertThat(saved.actions()).containsExactly(RuleAction.setField("followup", "sim"));
    }

    @Test
    void aValueTheFieldDoesNotTakeIsRefusedNamingTheField() {
        CustomField amount = aDealField(FieldType.NUMBER, List.of());
        RuleEditorView editor = opened("rules/edit");
        _setValue(editor.name, Unique.key("Valor"));
        ActionRow setAmount = editor.actions.actionRows().get(0);
        _setValue(setAmount.type, RuleAction.Type.SET_FIELD);
        _setValue(setAmount.fieldName, amount.name());
        assertThat(setAmount.fieldValue.getHelperText()).isEqualTo("A number, e.g. 1500.50");
        _setValue(setAmount.fieldValue, "muito");

        _click(editor.save);

        assertThat(editor.problem.isVisible()).isTrue();
        assertThat(editor.problem.getText()).contains("'muito' is not a number for " + amount.name());
    }
}

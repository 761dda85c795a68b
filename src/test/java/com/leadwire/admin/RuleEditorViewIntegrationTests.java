package com.leadwire.admin;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
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
import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;

@OnH2
class RuleEditorViewIntegrationTests extends PanelTestSupport {

    private static final String TEMPLATE = "LEADS - NOVO ENVIO";

    @Autowired
    Rules rules;

    @Autowired
    Pipelines pipelines;

    @Autowired
    Sources sources;

    private RuleEditorView opened(String route) {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate(route);
        return _get(RuleEditorView.class);
    }

    private RuleView saved(String name) {
        return rules.all().stream().filter(rule -> rule.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + name + " was saved"));
    }

    private static ConditionRow condition(ConditionGroup group, String field, ConditionRow.Operator operator, String value) {
        _click(group.add);
        ConditionRow row = group.conditionRows().get(group.conditionRows().size() - 1);
        _setValue(row.field, field);
        _setValue(row.operator, operator);
        if (value != null) {
            _setValue(row.value, value);
        }
        return row;
    }

    private static ActionRow action(ActionList actions, RuleAction.Type type) {
        _click(actions.add);
        ActionRow row = actions.actionRows().get(actions.actionRows().size() - 1);
        _setValue(row.type, type);
        return row;
    }

    private static void pickStage(StagePicker picker, PipelineView pipeline, String stage) {
        _setValue(picker.pipeline, pipeline);
        _setValue(picker.stage, pipeline.stages().stream().filter(s -> s.name().equals(stage)).findFirst().orElseThrow());
    }

    @Test
    void aDealCreatedRuleWithBothConditionGroupsAndReorderedActionsIsSavedAsBuilt() {
        String name = Unique.key("Boas-vindas");
        String source = Unique.key("no-such-source");
        RuleEditorView editor = opened("rules/edit");

        _setValue(editor.name, name);
        _setValue(editor.description, "  Lead novo recebe as boas-vindas ");
        _setValue(editor.trigger.type, TriggerType.DEAL_CREATED);
        condition(editor.all, "source", ConditionRow.Operator.EQUALS, source);
        ConditionRow platform = condition(editor.all, Condition.DEAL_FIELD_PREFIX, ConditionRow.Operator.ONE_OF,
                "autocloud, Feirão Digital");
        assertThat(platform.dealField.isVisible()).isTrue();
        _setValue(platform.dealField, "platform");
        condition(editor.any, "contact.language", ConditionRow.Operator.IS_NOT_EMPTY, null);
        condition(editor.any, "deal.value", ConditionRow.Operator.GREATER_THAN, "1000");
        ConditionRow removed = condition(editor.any, "stage", ConditionRow.Operator.EQUALS, "LEAD");
        _click(removed.remove);

        ActionRow email = editor.actions.actionRows().get(0);
        _setValue(email.type, RuleAction.Type.SEND_EMAIL);
        _setValue(email.template, TEMPLATE);
        _setValue(email.emailTo, Set.of("team", "contact"));
        _setValue(email.addresses, "vendas@example.com");
        _setValue(email.bcc, "gerente@example.com");
        ActionRow telegram = action(editor.actions, RuleAction.Type.NOTIFY_TELEGRAM);
        _setValue(telegram.telegramTo, Set.of("responsible"));
        _setValue(telegram.groupChat, "-100123");
        assertThat(telegram.up.isEnabled()).isTrue();
        assertThat(telegram.down.isEnabled()).isFalse();
        _click(telegram.up);
        assertThat(telegram.number.getText()).isEqualTo("1.");
        _click(editor.save);

        ArrayNode platforms = JsonNodeFactory.instance.arrayNode().add("autocloud").add("Feirão Digital");
        assertThat(saved(name).definition()).isEqualTo(new RuleDefinition(name, "Lead novo recebe as boas-vindas", true,
                RuleTrigger.of(TriggerType.DEAL_CREATED),
                new RuleConditions(
                        List.of(new Condition("source", Condition.Op.EQUALS, TextNode.valueOf(source)),
                                new Condition("deal.fields.platform", Condition.Op.ONE_OF, platforms)),
                        List.of(new Condition("contact.language", Condition.Op.IS_EMPTY, BooleanNode.FALSE),
                                new Condition("deal.value", Condition.Op.GREATER_THAN, TextNode.valueOf("1000")))),
                List.of(RuleAction.telegram(List.of("responsible", "chat:-100123")),
                        RuleAction.email(TEMPLATE, List.of("contact", "team", "vendas@example.com"), List.of("gerente@example.com")))));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("rules");
    }

    @Test
    void anIdleInStageRuleTakesItsStageFromThePipelineAndItsDurationInDays() {
        PipelineView pipeline = AutomationTestData.pipeline(pipelines, "NOVO", "RETORNO");
        String name = Unique.key("Parado");
        RuleEditorView editor = opened("rules/edit");

        _setValue(editor.name, name);
        _setValue(editor.trigger.type, TriggerType.DEAL_IDLE_IN_STAGE);
        assertThat(editor.trigger.stage.isVisible()).isTrue();
        assertThat(editor.trigger.after.isVisible()).isTrue();
        pickStage(editor.trigger.stage, pipeline, "NOVO");
        _setValue(editor.trigger.after.amount, 5);
        _setValue(editor.trigger.after.unit, DurationField.Unit.DAYS);
        ActionRow move = editor.actions.actionRows().get(0);
        _setValue(move.type, RuleAction.Type.MOVE_TO_STAGE);
        _setValue(move.stage, AutomationTestData.stage(pipeline, "RETORNO"));
        _setValue(action(editor.actions, RuleAction.Type.ASSIGN).assignee, new ActionRow.Assignee(null, "Round-robin (next active rep)"));
        ActionRow field = action(editor.actions, RuleAction.Type.SET_FIELD);
        _setValue(field.fieldName, "followup");
        _setValue(field.fieldValue, "sim");
        _click(editor.save);

        assertThat(saved(name).definition()).isEqualTo(new RuleDefinition(name, null, true,
                RuleTrigger.stage(TriggerType.DEAL_IDLE_IN_STAGE, pipeline.id(), AutomationTestData.stage(pipeline, "NOVO"), "P5D"),
                RuleConditions.ALWAYS, List.of(RuleAction.move(AutomationTestData.stage(pipeline, "RETORNO")),
                        RuleAction.assign(null, true),
                        RuleAction.setField("followup", "sim"))));
    }

    @Test
    void aDelayAfterAPaymentIsSavedAndOpensAgainAsStoredForAChange() {
        String name = Unique.key("Depois do pagamento");
        String source = Unique.key("no-such-source");
        RuleEditorView editor = opened("rules/edit");
        _setValue(editor.name, name);
        _setValue(editor.enabled, false);
        _setValue(editor.trigger.type, TriggerType.DELAY);
        assertThat(editor.trigger.of.isVisible()).isTrue();
        assertThat(editor.trigger.status.isVisible()).isFalse();
        _setValue(editor.trigger.of, TriggerType.PAYMENT_STATUS);
        assertThat(editor.trigger.status.isVisible()).isTrue();
        _setValue(editor.trigger.status, PaymentStatus.SUCCEEDED);
        _setValue(editor.trigger.after.amount, 30);
        _setValue(editor.trigger.after.unit, DurationField.Unit.SECONDS);
        condition(editor.all, "source", ConditionRow.Operator.EQUALS, source);
        ActionRow email = editor.actions.actionRows().get(0);
        _setValue(email.template, TEMPLATE);
        _setValue(email.addresses, "financeiro@example.com");
        _click(editor.save);

        RuleView rule = saved(name);
        RuleTrigger delay = new RuleTrigger(TriggerType.DELAY, null, null, "PT30S", PaymentStatus.SUCCEEDED, TriggerType.PAYMENT_STATUS);
        assertThat(rule.definition()).isEqualTo(new RuleDefinition(name, null, false, delay,
                new RuleConditions(List.of(new Condition("source", Condition.Op.EQUALS, TextNode.valueOf(source))), List.of()),
                List.of(RuleAction.email(TEMPLATE, List.of("financeiro@example.com"), List.of()))));

        RuleEditorView again = opened("rules/edit/" + rule.id());
        assertThat(again.title.getText()).isEqualTo("Edit rule: " + name);
        assertThat(again.enabled.getValue()).isFalse();
        assertThat(again.trigger.of.getValue()).isEqualTo(TriggerType.PAYMENT_STATUS);
        assertThat(again.trigger.status.getValue()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(again.trigger.after.amount.getValue()).isEqualTo(30);
        assertThat(again.trigger.after.unit.getValue()).isEqualTo(DurationField.Unit.SECONDS);
        assertThat(again.all.conditionRows().get(0).value.getValue()).isEqualTo(source);
        assertThat(again.actions.actionRows().get(0).addresses.getValue()).isEqualTo("financeiro@example.com");
        _setValue(again.trigger.after.amount, 2);
        _setValue(again.trigger.after.unit, DurationField.Unit.HOURS);
        _click(again.save);

        assertThat(rules.find(rule.id()).orElseThrow().trigger().after()).isEqualTo("PT2H");
    }

    @Test
    void eachTriggerShowsOnlyTheFieldsItNeeds() {
        PipelineView pipeline = AutomationTestData.pipeline(pipelines, "ENTRADA");
        RuleEditorView editor = opened("rules/edit");

        for (TriggerType type : List.of(TriggerType.CONTACT_CREATED, TriggerType.DEAL_WON, TriggerType.DEAL_LOST,
                TriggerType.MESSAGE_RECEIVED)) {
            _setValue(editor.trigger.type, type);
            assertThat(List.of(editor.trigger.stage, editor.trigger.status, editor.trigger.after, editor.trigger.of))
                    .noneMatch(com.vaadin.flow.component.Component::isVisible);
            assertThat(editor.trigger.value()).isEqualTo(RuleTrigger.of(type));
        }
        _setValue(editor.trigger.type, TriggerType.DEAL_ENTERED_STAGE);
        pickStage(editor.trigger.stage, pipeline, "ENTRADA");
        assertThat(editor.trigger.after.isVisible()).isFalse();
        assertThat(editor.trigger.value()).isEqualTo(RuleTrigger.stage(TriggerType.DEAL_ENTERED_STAGE, pipeline.id(),
                AutomationTestData.stage(pipeline, "ENTRADA"), null));
        _setValue(editor.trigger.type, TriggerType.PAYMENT_STATUS);
        _setValue(editor.trigger.status, PaymentStatus.REFUNDED);
        assertThat(editor.trigger.stage.isVisible()).isFalse();
        assertThat(editor.trigger.value()).isEqualTo(new RuleTrigger(TriggerType.PAYMENT_STATUS, null, null, null,
                PaymentStatus.REFUNDED, null));
    }

    @Test
    void aRuleTheServiceRefusesShowsWhyAndKeepsTheForm() {
        int before = rules.all().size();
        RuleEditorView editor = opened("rules/edit");
        _setValue(editor.description, "sem nome");
        _setValue(editor.actions.actionRows().get(0).template, TEMPLATE);
        _setValue(editor.actions.actionRows().get(0).emailTo, Set.of("contact"));

        _click(editor.save);

        assertThat(editor.problem.isVisible()).isTrue();
        assertThat(editor.problem.getText()).isEqualTo("Not saved: a rule needs a name of at most 200 characters");
        expectNotifications("Not saved: a rule needs a name of at most 200 characters");
        assertThat(_get(RuleEditorView.class)).isSameAs(editor);
        assertThat(editor.description.getValue()).isEqualTo("sem nome");
        assertThat(rules.all()).hasSize(before);

        _setValue(editor.name, Unique.key("Sem e-mail"));
        _setValue(editor.actions.actionRows().get(0).emailTo, Set.of());
        _click(editor.save);
        assertThat(editor.problem.getText()).contains("SEND_EMAIL needs recipients");
    }

    @Test
    void aDryRunOfASampleShowsEachConditionsActualValueAndTheRenderedSubject() {
        SourceView source = AutomationTestData.apiSource(sources, pipelines);
        RuleEditorView editor = opened("rules/edit");
        _setValue(editor.name, "Simulada");
        _setValue(editor.trigger.type, TriggerType.DEAL_CREATED);
        ConditionRow sourceIs = condition(editor.all, "source", ConditionRow.Operator.EQUALS, source.key());
        _setValue(editor.actions.actionRows().get(0).template, TEMPLATE);
        _setValue(editor.actions.actionRows().get(0).emailTo, Set.of("contact"));
        DryRunPanel dryRun = editor.dryRun;
        _setValue(dryRun.against, DryRunPanel.Against.SAMPLE);
        _setValue(dryRun.source, dryRun.source.getListDataView().getItems().filter(s -> s.key().equals(source.key())).findFirst()
                .orElseThrow());
        _setValue(dryRun.contactName, "Joana Prado");
        _setValue(dryRun.contactEmail, "joana@example.com");

        _click(dryRun.run);

        String report = dryRun.report.getElement().getTextRecursively();
        assertThat(report).startsWith("SimuladaWould fireThis rule (unsaved)")
                .contains("✓ The trigger fits")
                .contains("✓ Source equals " + source.key() + " — actual: " + source.name() + " (" + source.key() + ")")
                .contains("→ Send an e-mail: e-mail 'LEADS - NOVO ENVIO: Joana Prado' to joana@example.com");

        _setValue(sourceIs.value, "outra-origem");
        _click(dryRun.run);

        assertThat(dryRun.report.getElement().getTextRecursively()).startsWith("SimuladaWould not fireThis rule (unsaved)")
                .contains("✗ Source equals outra-origem — actual: " + source.name() + " (" + source.key() + ")");
        assertThat(rules.all()).noneMatch(rule -> rule.name().equals("Simulada"));
    }

    @Test
    void aDryRunAgainstAnExistingDealReadsThatDeal() throws Exception {
        SourceView source = AutomationTestData.apiSource(sources, pipelines);
        long dealId = AutomationTestData.dealFrom(baseUrl(), source.key(), Unique.email("simulado"), "Carla Nunes");
        RuleEditorView editor = opened("rules/edit");
        _setValue(editor.name, "Com negócio");
        condition(editor.all, "source", ConditionRow.Operator.EQUALS, source.key());
        condition(editor.all, Condition.DEAL_FIELD_PREFIX, ConditionRow.Operator.EQUALS, "autocloud").dealField.setValue("platform");
        _setValue(editor.actions.actionRows().get(0).template, TEMPLATE);
        _setValue(editor.actions.actionRows().get(0).emailTo, Set.of("contact"));
        _setValue(editor.dryRun.against, DryRunPanel.Against.DEAL);
        _setValue(editor.dryRun.dealId, (int) dealId);

        _click(editor.dryRun.run);

        assertThat(editor.dryRun.report.getElement().getTextRecursively()).startsWith("Com negócioWould fire")
                .contains("✓ Deal field platform equals autocloud — actual: autocloud")
                .contains("e-mail 'LEADS - NOVO ENVIO: Carla Nunes'");

        _setValue(editor.dryRun.dealId, 987654321);
        _click(editor.dryRun.run);
        assertThat(editor.dryRun.problem.getText()).isEqualTo("There is no deal 987654321.");
    }
}

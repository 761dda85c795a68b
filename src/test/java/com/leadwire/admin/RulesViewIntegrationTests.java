package com.leadwire.admin;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.automation.AutomationSwitch;
import com.leadwire.automation.RuleAction;
import com.leadwire.automation.RuleConditions;
import com.leadwire.automation.RuleDefinition;
import com.leadwire.automation.RuleTrigger;
import com.leadwire.automation.RuleView;
import com.leadwire.automation.Rules;
import com.leadwire.automation.TriggerType;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.TestRules;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.spring.security.AuthenticationContext;

@OnH2
class RulesViewIntegrationTests extends PanelTestSupport {

    @Autowired
    Rules rules;

    @Autowired
    Pipelines pipelines;

    @Autowired
    AutomationSwitch automation;

    @AfterEach
    void automationBackOn() {
        automation.turn(true, "test");
    }

    private RulesView opened() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("rules");
        return _get(RulesView.class);
    }

    private static int row(RulesView view, long ruleId) {
        List<RuleView> items = view.grid.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == ruleId) {
                return i;
            }
        }
        throw new AssertionError("rule " + ruleId + " is not listed");
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** Sends the e-mail only for deals of a source no deal comes from. */
    private RuleView harmless(String name, RuleTrigger trigger) {
        return rules.create(new RuleDefinition(name, "Descrição " + name, true, trigger,
                new RuleConditions(List.of(TestRules.sourceIs(Unique.key("no-such-source"))), List.of()),
                List.of(RuleAction.email("LEADS - NOVO ENVIO", List.of("team"), List.of()))), "test");
    }

    @Test
    void eachRuleIsSaidInWordsABrokenOneIsMarkedWithWhyAndItsToggleSwitchesIt() {
        PipelineView pipeline = AutomationTestData.pipeline(pipelines, "NOVO", "SUMIU");
        RuleView broken = harmless(Unique.key("Quebrada"),
                RuleTrigger.stage(TriggerType.DEAL_ENTERED_STAGE, pipeline.id(), AutomationTestData.stage(pipeline, "SUMIU"), null));
        pipelines.deleteStage(pipeline.id(), AutomationTestData.stage(pipeline, "SUMIU"), null, "test");
        RuleView idle = harmless(Unique.key("Parado"),
                RuleTrigger.stage(TriggerType.DEAL_IDLE_IN_STAGE, pipeline.id(), AutomationTestData.stage(pipeline, "NOVO"), "P5D"));

        RulesView view = opened();

        int idleRow = row(view, idle.id());
        assertThat(_getFormatted(view.grid, idleRow, "trigger")).isEqualTo("Deal idle in NOVO (" + pipeline.name() + ") for 5 days");
        assertThat(text(_getCellComponent(view.grid, idleRow, "name"))).isEqualTo(idle.name() + "Descrição " + idle.name());
        assertThat(text(_getCellComponent(view.grid, idleRow, "status"))).isEmpty();
        int brokenRow = row(view, broken.id());
        assertThat(text(_getCellComponent(view.grid, brokenRow, "status")))
                .startsWith("Broken").contains("the trigger's stage " + broken.trigger().stageId());
        assertThat(view.empty.isVisible()).isFalse();

        Checkbox toggle = (Checkbox) _getCellComponent(view.grid, idleRow, "enabled");
        assertThat(toggle.getValue()).isTrue();
        _setValue(toggle, false);
        assertThat(rules.find(idle.id()).orElseThrow().enabled()).isFalse();
        _setValue((Checkbox) _getCellComponent(view.grid, row(view, idle.id()), "enabled"), true);
        assertThat(rules.find(idle.id()).orElseThrow().enabled()).isTrue();

        // a broken rule can always be switched off, and not on again until it is mended
        _setValue((Checkbox) _getCellComponent(view.grid, row(view, broken.id()), "enabled"), false);
        assertThat(rules.find(broken.id()).orElseThrow().enabled()).isFalse();
        _setValue((Checkbox) _getCellComponent(view.grid, row(view, broken.id()), "enabled"), true);
        expectNotifications("Not saved: the trigger's stage " + broken.trigger().stageId() + " is not in pipeline '"
                + pipeline.name() + "'");
        assertThat(rules.find(broken.id()).orElseThrow().enabled()).isFalse();
        assertThat(((Checkbox) _getCellComponent(view.grid, row(view, broken.id()), "enabled")).getValue()).isFalse();
    }

    @Test
    void deletingARuleAsksFirst() {
        RuleView rule = harmless(Unique.key("Apagar"), RuleTrigger.of(TriggerType.DEAL_WON));
        RulesView view = opened();

        Button delete = _find(_getCellComponent(view.grid, row(view, rule.id()), "actions"), Button.class).get(1);
        _click(delete);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_getText(confirm)).contains(rule.name()).contains("cannot be undone");
        assertThat(rules.find(rule.id())).isPresent();
        _fireConfirm(confirm);

        assertThat(rules.find(rule.id())).isEmpty();
        assertThat(view.grid.getListDataView().getItems()).noneMatch(listed -> listed.id() == rule.id());
    }

    @Test
    void editOpensTheRuleInTheEditor() {
        RuleView rule = harmless(Unique.key("Editar"), RuleTrigger.of(TriggerType.DEAL_LOST));
        RulesView view = opened();

        _click(_find(_getCellComponent(view.grid, row(view, rule.id()), "actions"), Button.class).get(0));

        RuleEditorView editor = _get(RuleEditorView.class);
        assertThat(editor.name.getValue()).isEqualTo(rule.name());
        assertThat(editor.trigger.type.getValue()).isEqualTo(TriggerType.DEAL_LOST);
    }

    @Test
    void turningAutomationOffSaysWhatItMeansAndWhoDidIt() {
        RulesView view = opened();
        assertThat(view.automationSwitch.state.getText()).isEqualTo("Automation is on");

        _click(view.automationSwitch.turn);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_getText(confirm)).contains("Nothing will be sent").contains("recorded as skipped and is not sent later");
        assertThat(automation.isOn()).isTrue();
        _fireConfirm(confirm);

        assertThat(automation.isOn()).isFalse();
        assertThat(automation.state().changedBy()).isEqualTo("admin");
        assertThat(view.automationSwitch.state.getText()).isEqualTo("Automation is off");
        assertThat(view.automationSwitch.changed.getText()).startsWith("Changed by admin on ");
        assertThat(view.automationSwitch.turn.getText()).isEqualTo("Turn automation on");

        _click(view.automationSwitch.turn);
        assertThat(automation.isOn()).isTrue();
        assertThat(view.automationSwitch.state.getText()).isEqualTo("Automation is on");
    }

    @Test
    void withoutRulesTheListSaysHowToWriteTheFirst() {
        Rules none = mock(Rules.class);
        when(none.all()).thenReturn(List.of());
        AutomationSwitch on = mock(AutomationSwitch.class);
        when(on.state()).thenReturn(new AutomationSwitch.State(true, Instant.now(), "admin"));
        AuthenticationContext authentication = mock(AuthenticationContext.class);
        when(authentication.getPrincipalName()).thenReturn(Optional.of("admin"));

        RulesView view = new RulesView(none, pipelines, on, authentication);

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).contains("New rule");
        assertThat(view.grid.isVisible()).isFalse();
    }

    @Test
    void aBrazilianReaderGetsTheListInPortuguese() {
        PipelineView pipeline = AutomationTestData.pipeline(pipelines, "LEAD");
        RuleView idle = harmless(Unique.key("Parado"),
                RuleTrigger.stage(TriggerType.DEAL_IDLE_IN_STAGE, pipeline.id(), AutomationTestData.stage(pipeline, "LEAD"), "PT2H"));
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(PanelTranslations.PORTUGUESE);
        UI.getCurrent().navigate("rules");
        RulesView view = _get(RulesView.class);

        assertThat(_getFormatted(view.grid, row(view, idle.id()), "trigger"))
                .isEqualTo("Negócio parado na etapa LEAD (" + pipeline.name() + ") há 2 horas");
        assertThat(view.automationSwitch.state.getText()).isEqualTo("Automação ligada");
        assertThat(view.create.getText()).isEqualTo("Nova regra");
    }
}

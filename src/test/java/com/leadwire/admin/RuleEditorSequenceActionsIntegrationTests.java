package com.leadwire.admin;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.automation.RuleAction;
import com.leadwire.automation.RuleView;
import com.leadwire.automation.Rules;
import com.leadwire.automation.TriggerType;
import com.leadwire.automation.sequences.SequenceDraft;
import com.leadwire.automation.sequences.SequenceEmail;
import com.leadwire.automation.sequences.SequenceView;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;

/** The rule editor's START_SEQUENCE and STOP_SEQUENCE: a sequence picked by name (or every one, to stop), saved and opened again. */
@OnH2
class RuleEditorSequenceActionsIntegrationTests extends PanelTestSupport {

    private static final String TEMPLATE = "LEADS - NOVO ENVIO";

    @Autowired
    Rules rules;

    @Autowired
    Sequences sequences;

    private final List<Long> saved = new ArrayList<>();

    @AfterEach
    void deleteRules() {
        saved.forEach(id -> rules.delete(id, "test"));
    }

    private RuleEditorView opened(String route) {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate(route);
        return _get(RuleEditorView.class);
    }

    private static ActionRow action(ActionList actions, RuleAction.Type type) {
        _click(actions.add);
        ActionRow row = actions.actionRows().get(actions.actionRows().size() - 1);
        _setValue(row.type, type);
        return row;
    }

    @Test
    void aRuleStartsOneSequenceAndStopsEveryOtherAndOpensAgainAsStored() {
        SequenceView sequence = sequences.create(new SequenceDraft(Unique.key("Carrinho"), List.of(new SequenceEmail(TEMPLATE, "P1D", null)),
                null), "test");
        String name = Unique.key("Segue o carrinho");
        RuleEditorView editor = opened("rules/edit");
        _setValue(editor.name, name);
        _setValue(editor.enabled, false);
        _setValue(editor.trigger.type, TriggerType.DEAL_CREATED);
        _click(editor.all.add);
        ConditionRow source = editor.all.conditionRows().get(0);
        _setValue(source.field, "source");
        _setValue(source.operator, ConditionRow.Operator.EQUALS);
        _setValue(source.value, Unique.key("no-such-source"));
        ActionRow stop = editor.actions.actionRows().get(0);
        _setValue(stop.type, RuleAction.Type.STOP_SEQUENCE);
        assertThat(stop.sequence.isVisible()).isTrue();
        assertThat(stop.sequence.isEmptySelectionAllowed()).as("stopping may name no sequence: every one").isTrue();
        assertThat(stop.template.isAttached()).isFalse();
        ActionRow start = action(editor.actions, RuleAction.Type.START_SEQUENCE);
        assertThat(start.sequence.isEmptySelectionAllowed()).isFalse();
        assertThat(start.sequence.getItemLabelGenerator().apply(sequence.id())).isEqualTo(sequence.name());
        _setValue(start.sequence, sequence.id());
        _click(editor.save);

        RuleView rule = rules.all().stream().filter(each -> each.name().equals(name)).findFirst().orElseThrow();
        saved.add(rule.id());
        assertThat(rule.actions()).containsExactly(RuleAction.sequence(RuleAction.Type.STOP_SEQUENCE, null),
                RuleAction.sequence(RuleAction.Type.START_SEQUENCE, sequence.id()));

        RuleEditorView again = opened("rules/edit/" + rule.id());
        assertThat(again.actions.actionRows()).extracting(row -> row.type.getValue())
                .containsExactly(RuleAction.Type.STOP_SEQUENCE, RuleAction.Type.START_SEQUENCE);
        assertThat(again.actions.actionRows().get(0).sequence.getValue()).isNull();
        assertThat(again.actions.actionRows().get(1).sequence.getValue()).isEqualTo(sequence.id());
    }

    @Test
    void startingWithoutASequenceIsRefusedAndSaysWhy() {
        RuleEditorView editor = opened("rules/edit");
        _setValue(editor.name, Unique.key("Sem sequência"));
        _setValue(editor.enabled, false);
        _setValue(editor.actions.actionRows().get(0).type, RuleAction.Type.START_SEQUENCE);

        _click(editor.save);

        assertThat(editor.problem.getText()).contains("START_SEQUENCE needs a sequenceId");
        assertThat(_get(RuleEditorView.class)).isSameAs(editor);
    }
}

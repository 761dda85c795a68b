package com.leadwire.admin.sequences;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.automation.RuleAction;
import com.leadwire.automation.RuleConditions;
import com.leadwire.automation.RuleDefinition;
import com.leadwire.automation.RuleTrigger;
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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;

/** The follow-up sequences view: the list or its empty state, the editor's rows, refusals on their field, delete after asking, and Portuguese. */
@OnH2
class SequencesViewIntegrationTests extends PanelTestSupport {

    private static final String TEMPLATE = "LEADS - NOVO ENVIO";

    @Autowired
    Sequences sequences;

    @Autowired
    Rules rules;

    private final List<Long> createdRules = new ArrayList<>();

    @AfterEach
    void deleteRules() {
        createdRules.forEach(id -> rules.delete(id, "test"));
    }

    private SequencesView opened(Locale locale) {
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("sequences");
        return _get(SequencesView.class);
    }

    private static SequenceView named(String name, Sequences sequences) {
        return sequences.all().stream().filter(sequence -> sequence.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no sequence " + name));
    }

    private static int rowOf(SequencesView view, long id) {
        List<SequenceView> shown = view.grid.getListDataView().getItems().toList();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("sequence " + id + " is not listed");
    }

    private static void fill(StepRow row, int amount, ChronoUnit unit, String template, String discount) {
        _setValue(row.amount, amount);
        _setValue(row.unit, unit);
        _setValue(row.template, template);
        _setValue(row.discount, discount == null ? null : new BigDecimal(discount));
    }

    @Test
    void theListOrItsEmptyStateSaysWhatToDo() {
        SequencesView view = opened(Locale.ENGLISH);

        boolean none = sequences.all().isEmpty();
        assertThat(view.empty.isVisible()).isEqualTo(none);
        assertThat(view.grid.isVisible()).isEqualTo(!none);
        assertThat(view.empty.getText()).contains("New sequence").contains("Start a follow-up sequence");
    }

    @Test
    void aSequenceOfThreeEmailsIsWrittenInRowsListedAndChanged() {
        String name = Unique.key("Carrinho");
        SequencesView view = opened(Locale.ENGLISH);
        _click(view.create);
        SequenceDialog dialog = view.dialog;
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.stepRows()).hasSize(1);
        _setValue(dialog.name, name);
        fill(dialog.stepRows().get(0), 30, ChronoUnit.MINUTES, TEMPLATE, "10");
        _click(dialog.addStep);
        fill(dialog.stepRows().get(1), 2, ChronoUnit.DAYS, TEMPLATE, "12.5");
        _click(dialog.addStep);
        fill(dialog.stepRows().get(2), 5, ChronoUnit.SECONDS, TEMPLATE, null);
        assertThat(dialog.addStep.isEnabled()).as("at most three").isFalse();
        _setValue(dialog.bcc, "copia@example.com");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        expectNotifications("Sequence \"" + name + "\" saved");
        SequenceView saved = named(name, sequences);
        assertThat(saved.emails()).containsExactly(new SequenceEmail(TEMPLATE, "PT30M", new BigDecimal("10")),
                new SequenceEmail(TEMPLATE, "P2D", new BigDecimal("12.5")), new SequenceEmail(TEMPLATE, "PT5S", null));
        assertThat(saved.bcc()).isEqualTo("copia@example.com");
        assertThat(view.empty.isVisible()).isFalse();
        int row = rowOf(view, saved.id());

        _click((Button) _getCellComponent(view.grid, row, "edit"));
        assertThat(dialog.name.getValue()).isEqualTo(name);
        assertThat(dialog.stepRows()).hasSize(3);
        assertThat(dialog.stepRows().get(1).amount.getValue()).isEqualTo(2);
        assertThat(dialog.stepRows().get(1).unit.getValue()).isEqualTo(ChronoUnit.DAYS);
        _click(dialog.stepRows().get(2).remove);
        _click(dialog.save);

        assertThat(named(name, sequences).emails()).hasSize(2);
    }

    @Test
    void aWrongWaitOrBccIsShownOnItsField() {
        SequencesView view = opened(Locale.ENGLISH);
        _click(view.create);
        SequenceDialog dialog = view.dialog;
        _setValue(dialog.name, Unique.key("Errada"));
        fill(dialog.stepRows().get(0), 0, ChronoUnit.SECONDS, TEMPLATE, null);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.stepRows().get(0).amount.isInvalid()).isTrue();
        assertThat(dialog.problem.getText()).isEqualTo("Wait at least one second, and at most a year.");

        _setValue(dialog.stepRows().get(0).amount, 1);
        _setValue(dialog.bcc, "not an address");
        _click(dialog.save);
        assertThat(dialog.stepRows().get(0).amount.isInvalid()).isFalse();
        assertThat(dialog.bcc.isInvalid()).isTrue();
        assertThat(dialog.bcc.getErrorMessage()).isEqualTo("The BCC is not a valid e-mail address.");
    }

    @Test
    void deletingAsksFirstAndASequenceARuleUsesStays() {
        SequenceView unused = sequences.create(new SequenceDraft(Unique.key("Apagar"), List.of(new SequenceEmail(TEMPLATE, "PT1H", null)), null),
                "test");
        SequenceView used = sequences.create(new SequenceDraft(Unique.key("Usada"), List.of(new SequenceEmail(TEMPLATE, "PT1H", null)), null),
                "test");
        createdRules.add(rules.create(new RuleDefinition(Unique.key("Usa"), null, false, RuleTrigger.of(TriggerType.DEAL_CREATED),
                RuleConditions.ALWAYS, List.of(RuleAction.sequence(RuleAction.Type.START_SEQUENCE, used.id()))), "test").id());
        SequencesView view = opened(Locale.ENGLISH);

        _click((Button) _getCellComponent(view.grid, rowOf(view, unused.id()), "delete"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_getText(confirm)).contains("cannot be undone");
        assertThat(sequences.find(unused.id())).isPresent();
        _fireConfirm(confirm);
        assertThat(sequences.find(unused.id())).isEmpty();
        expectNotifications("Sequence \"" + unused.name() + "\" deleted");

        _click((Button) _getCellComponent(view.grid, rowOf(view, used.id()), "delete"));
        _fireConfirm(_get(ConfirmDialog.class));
        expectNotifications("This sequence cannot be deleted while a rule starts or stops it, or while contacts still follow it.");
        assertThat(sequences.find(used.id())).isPresent();
    }

    @Test
    void theViewAndItsEditorSpeakPortuguese() {
        SequenceView sequence = sequences.create(new SequenceDraft(Unique.key("Português"), List.of(new SequenceEmail(TEMPLATE, "P3D",
                new BigDecimal("15"))), null), "test");
        SequencesView view = opened(Locale.forLanguageTag("pt-BR"));

        assertThat(_get(view, H2.class).getText()).isEqualTo("Sequências de follow-up");
        assertThat(view.create.getText()).isEqualTo("Nova sequência");
        assertThat(view.grid.getColumnByKey("emails").getHeaderText()).isEqualTo("E-mails");
        assertThat(view.grid.getColumnByKey("bcc").getHeaderText()).isEqualTo("Cco");
        assertThat(((Button) _getCellComponent(view.grid, rowOf(view, sequence.id()), "delete")).getText()).isEqualTo("Excluir");
        _click((Button) _getCellComponent(view.grid, rowOf(view, sequence.id()), "edit"));
        StepRow row = view.dialog.stepRows().get(0);
        assertThat(row.number.getText()).isEqualTo("E-mail 1");
        assertThat(row.amount.getLabel()).isEqualTo("Esperar");
        assertThat(row.unit.getItemLabelGenerator().apply(ChronoUnit.DAYS)).isEqualTo("dias");
        assertThat(row.amount.getValue()).isEqualTo(3);
        assertThat(view.dialog.save.getText()).isEqualTo("Salvar");
        assertThat(view.dialog.getHeaderTitle()).isEqualTo("Sequência de follow-up \"" + sequence.name() + "\"");
    }
}

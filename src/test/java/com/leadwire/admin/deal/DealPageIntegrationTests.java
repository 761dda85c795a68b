package com.leadwire.admin.deal;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.admin.DealDetailView;
import com.leadwire.fields.CustomFieldDraft;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.fields.FieldType;
import com.leadwire.mail.MailTemplateDraft;
import com.leadwire.mail.MailTemplates;
import com.leadwire.tasks.Tasks;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.TestDeals;
import com.leadwire.testsupport.TestSmtp;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;

import jakarta.mail.internet.MimeMessage;

/** The work on a deal's page, each action checked in the database and on the deal's timeline. */
@OnH2
class DealPageIntegrationTests extends PanelTestSupport {

    @Autowired
    CustomFields catalogue;

    @Autowired
    MailTemplates templates;

    @Autowired
    Team team;

    @Autowired
    Tasks tasks;

    @Autowired
    Clock clock;

    private TestDeals deals;

    @BeforeEach
    void newPipeline() {
        deals = new TestDeals(baseUrl());
    }

    private long openAsAdmin(long dealId) {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("deals/" + dealId);
        return dealId;
    }

    private String page() {
        return _get(DealDetailView.class).getElement().getTextRecursively();
    }

    private String stageOf(long dealId) {
        return jdbc.queryForObject("SELECT s.name FROM deal d JOIN stage s ON s.id = d.stage_id WHERE d.id = ?", String.class, dealId);
    }

    @Test
    void editingTitleValueProductsAndTypedFieldsRecordsEachChangeWithWhoDidIt() {
        String plan = "plano_" + Unique.suffix();
        String stores = "lojas_" + Unique.suffix();
        String start = "inicio_" + Unique.suffix();
        catalogue.create(new CustomFieldDraft(FieldScope.DEAL, plan, FieldType.CHOICE, List.of("Básico", "Pro"), "Plan", "Plano", null));
        catalogue.create(new CustomFieldDraft(FieldScope.DEAL, stores, FieldType.NUMBER, List.of(), "Stores", "Lojas", null));
        catalogue.create(new CustomFieldDraft(FieldScope.DEAL, start, FieldType.DATE, List.of(), "Start", "Início", null));
        long dealId = openAsAdmin(deals.newDeal(Unique.email("editar"), "Loja Antiga"));
        String oldTitle = jdbc.queryForObject("SELECT title FROM deal WHERE id = ?", String.class, dealId);
        DealEditForm form = _get(DealEditForm.class);

        _setValue(form.title, "Loja Nova");
        _setValue(form.amount, new BigDecimal("1500.5"));
        _setValue(form.currency, "brl");
        _setValue(form.products, "Loja virtual, Treinamento");
        @SuppressWarnings("unchecked")
        Select<String> planInput = (Select<String>) form.fields.get(plan);
        assertThat(planInput.getListDataView().getItems()).containsExactly("Básico", "Pro");
        _setValue(planInput, "Pro");
        _setValue((BigDecimalField) form.fields.get(stores), new BigDecimal("3"));
        _setValue((DatePicker) form.fields.get(start), LocalDate.of(2027, 1, 15));
        _click(form.save);

        expectNotifications("Changes saved.");
        Map<String, Object> deal = jdbc.queryForMap("SELECT title, amount, currency, products, custom_fields FROM deal WHERE id = ?", dealId);
        assertThat(deal.get("title")).isEqualTo("Loja Nova");
        assertThat((BigDecimal) deal.get("amount")).isEqualByComparingTo("1500.50");
        assertThat(deal.get("currency")).isEqualTo("BRL");
        assertThat(deal.get("products")).isEqualTo("Loja virtual, Treinamento");
        assertThat((String) deal.get("custom_fields")).contains("\"" + plan + "\":\"Pro\"", "\"" + stores + "\":\"3\"",
                "\"" + start + "\":\"2027-01-15\"");
        assertThat(jdbc.queryForList("SELECT what FROM deal_change WHERE deal_id = ? AND actor = 'panel:admin'", String.class, dealId))
                .containsExactlyInAnyOrder("title", "value", "products", "fields." + plan, "fields." + stores, "fields." + start);
        assertThat(page()).contains("Title changed from " + oldTitle + " to Loja Nova by panel:admin",
                plan + " changed from (empty) to Pro by panel:admin", "Value changed from (empty) to 1500.50 BRL by panel:admin");
    }

    @Test
    void aRefusedEditSaysWhyMarksTheFieldAndStoresNothing() {
        long dealId = openAsAdmin(deals.newDeal(Unique.email("recusa"), "Recusa"));
        DealEditForm form = _get(DealEditForm.class);

        _setValue(form.title, "   ");
        _setValue(form.currency, "XYZ");
        _click(form.save);

        expectNotifications("A deal needs a title.");
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM deal_change WHERE deal_id = ?", dealId)).isZero();
    }

    @Test
    void assigningAResponsibleRepIsRecordedWithTheirName() {
        String username = Unique.key("vendedora");
        TeamMember rep = team.add(username, "Ana " + username, null, Role.REP, null);
        long dealId = openAsAdmin(deals.newDeal(Unique.email("atribuir"), "Atribuir"));
        ResponsibleChooser chooser = _get(ResponsibleChooser.class);

        _setValue(chooser.rep, chooser.rep.getListDataView().getItems().filter(member -> member.id() == rep.id()).findFirst().orElseThrow());
        _click(chooser.assign);

        expectNotifications("Ana " + username + " is now responsible.");
        assertThat(count("SELECT responsible_user_id FROM deal WHERE id = ?", dealId)).isEqualTo(rep.id());
        assertThat(page()).contains("Responsible changed from (empty) to Ana " + username + " by panel:admin");
        assertThat(_get(ResponsibleChooser.class).rep.getValue().id()).isEqualTo(rep.id());
    }

    @Test
    void wonIsAskedAgainBeforeItIsDone() {
        long dealId = openAsAdmin(deals.newDeal(Unique.email("ganho"), "Ganho"));

        _click(_get(DealOutcomeButtons.class).won);

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        assertThat(stageOf(dealId)).as("nothing happens before the confirmation").isEqualTo("Espera");
        _fireConfirm(confirm);

        expectNotifications("Marked won.");
        assertThat(stageOf(dealId)).isEqualTo("Ganho");
        assertThat(_find(DealOutcomeButtons.class)).as("a won deal is neither won nor lost again").isEmpty();
    }

    @Test
    void lostAsksTheReasonAndRecordsIt() {
        long dealId = openAsAdmin(deals.newDeal(Unique.email("perdido"), "Perdido"));
        DealOutcomeButtons outcome = _get(DealOutcomeButtons.class);

        _click(outcome.lost);
        assertThat(outcome.askLost.isOpened()).isTrue();
        _click(outcome.confirmLost);
        assertThat(outcome.reason.isInvalid()).as("no reason, not lost").isTrue();
        assertThat(stageOf(dealId)).isEqualTo("Espera");
        _setValue(outcome.reason, "Escolheu um concorrente mais barato");
        _click(outcome.confirmLost);

        expectNotifications("Marked lost.");
        assertThat(stageOf(dealId)).isEqualTo("Perdido");
        assertThat(jdbc.queryForObject("SELECT lost_reason FROM deal WHERE id = ?", String.class, dealId))
                .isEqualTo("Escolheu um concorrente mais barato");
        assertThat(page()).contains("Lost because: Escolheu um concorrente mais barato", "Moved from Espera to Perdido by panel:admin");
    }

    @Test
    void theLostDialogAsksInPortuguese() {
        long dealId = deals.newDeal(Unique.email("perdido-pt"), "Perdido");
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pt-BR"));
        UI.getCurrent().navigate("deals/" + dealId);
        DealOutcomeButtons outcome = _get(DealOutcomeButtons.class);

        _click(outcome.lost);

        assertThat(outcome.lost.getText()).isEqualTo("Perdido");
        assertThat(outcome.askLost.getHeaderTitle()).isEqualTo("Marcar este negócio como perdido?");
        assertThat(outcome.reason.getLabel()).isEqualTo("Por que foi perdido?");
        assertThat(outcome.confirmLost.getText()).isEqualTo("Marcar como perdido");
    }

    @Test
    void aTemplateEmailGoesToTheContactThroughTheOutbox() {
        String template = Unique.key("proposta");
        templates.create(new MailTemplateDraft(template, "en", "Your proposal, {{contact.name}}",
                "<p>Hello {{contact.name}}, here is the proposal for {{deal.title}}.</p>", null, true));
        String email = Unique.email("proposta");
        long dealId = openAsAdmin(deals.newDeal(email, "Carla Cliente"));
        DealEmailSection section = _get(DealEmailSection.class);

        _setValue(section.template, template);
        _click(section.send);

        expectNotifications("E-mail \"Your proposal, Carla Cliente\" queued for " + email + ".");
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE deal_id = ? AND channel = 'MAIL' AND recipient = ?", dealId, email))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(15)).until(() -> !TestSmtp.receivedBy(email).isEmpty());
        MimeMessage received = TestSmtp.receivedBy(email).get(0);
        assertThat(TestSmtp.header(received, "Subject")).isEqualTo("Your proposal, Carla Cliente");
        assertThat(page()).contains("E-mail 'Your proposal, Carla Cliente' (" + template + ") to " + email + " sent by panel:admin");
    }

    @Test
    void notesAreAddedAndListedNewestFirst() {
        long dealId = openAsAdmin(deals.newDeal(Unique.email("notas"), "Notas"));
        DealNotesSection notes = _get(DealNotesSection.class);
        assertThat(page()).contains("No notes yet.");

        _click(notes.add);
        expectNotifications("Write the note first.");
        _setValue(notes.text, "Pediu proposta para 3 lojas");
        _click(notes.add);
        _setValue(notes.text, "Ligar de novo na segunda");
        _click(notes.add);

        assertThat(jdbc.queryForList("SELECT text FROM deal_note WHERE deal_id = ? ORDER BY created_at, id", String.class, dealId))
                .containsExactly("Pediu proposta para 3 lojas", "Ligar de novo na segunda");
        String shown = notes.getElement().getTextRecursively();
        assertThat(shown.indexOf("Ligar de novo na segunda")).isLessThan(shown.indexOf("Pediu proposta para 3 lojas"));
        assertThat(shown).contains("panel:admin: Pediu proposta");
        assertThat(notes.text.getValue()).isEmpty();
    }

    @Test
    void aTaskIsAddedForTheReaderWithItsReminderScheduledAndCanBeMarkedDone() {
        long dealId = openAsAdmin(deals.newDeal(Unique.email("tarefa"), "Tarefa"));
        DealTasksSection section = _get(DealTasksSection.class);
        assertThat(section.owner.getValue().username()).as("the reader's own task by default").isEqualTo("admin");

        _setValue(section.title, "Enviar contrato");
        _setValue(section.due, LocalDateTime.now().plusHours(3).withSecond(0).withNano(0));
        _click(section.add);

        expectNotifications("Task added.");
        long taskId = count("SELECT id FROM task WHERE deal_id = ? AND title = 'Enviar contrato'", dealId);
        assertThat(count("SELECT COUNT(*) FROM automation_timer WHERE task_id = ? AND kind = 'TASK_DUE' AND status = 'PENDING'", taskId))
                .isEqualTo(1);
        assertThat(section.getElement().getTextRecursively()).contains("Enviar contrato", "Administrator");
        _click(_get(TaskLine.class).done);

        expectNotifications("\"Enviar contrato\" is done.");
        assertThat(jdbc.queryForObject("SELECT done_by FROM task WHERE id = ?", String.class, taskId)).isEqualTo("panel:admin");
        assertThat(section.getElement().getTextRecursively()).contains("done by panel:admin");
    }

    @Test
    void myTasksListsWhatIsDueTodayOrOverdueAndMarksItDone() {
        long dealId = deals.newDeal(Unique.email("minhas"), "Minhas tarefas");
        long admin = count("SELECT id FROM app_user WHERE username = 'admin'");
        String overdue = Unique.key("Atrasada");
        String later = Unique.key("Depois");
        tasks.add(dealId, overdue, clock.instant().minus(Duration.ofDays(2)), admin, "test");
        tasks.add(dealId, later, LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault()).plusDays(3).atStartOfDay(ZoneId.systemDefault())
                .toInstant(), admin, "test");
        login("admin", "admin-test-password");

        UI.getCurrent().navigate("tasks");

        String shown = _get(MyTasksView.class).getElement().getTextRecursively();
        assertThat(shown).contains(overdue, "overdue", "Minhas tarefas").doesNotContain(later);
        TaskLine line = _find(TaskLine.class).stream().filter(each -> each.getElement().getTextRecursively().contains(overdue))
                .findFirst().orElseThrow();
        _click(line.done);
        assertThat(_get(MyTasksView.class).getElement().getTextRecursively()).doesNotContain(overdue);
        assertThat(count("SELECT COUNT(*) FROM task WHERE title = ? AND done_at IS NOT NULL", overdue)).isEqualTo(1);
    }
}

package com.leadwire.admin.leads;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.RouterLinkKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.admin.leads.list.LeadsView;
import com.leadwire.admin.leads.results.LeadGroupResultsView;
import com.leadwire.automation.sequences.SequenceDraft;
import com.leadwire.automation.sequences.SequenceEmail;
import com.leadwire.automation.sequences.SequenceView;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.leads.LeadGroupDraft;
import com.leadwire.leads.LeadGroupKind;
import com.leadwire.leads.LeadGroupStatus;
import com.leadwire.leads.LeadGroupTest;
import com.leadwire.leads.LeadGroupView;
import com.leadwire.leads.LeadGroups;
import com.leadwire.leads.LeadSource;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;

/**
 * The lead groups view and its wizard: the default and custom groups in priority order with their
 * figures, a group written in two steps (one sequence or an A/B test, a sequence written on the spot),
 * changed, moved, deleted after asking, refusals on their field and step, and Portuguese.
 */
@OnH2
class LeadGroupsViewIntegrationTests extends PanelTestSupport {

    private static final String TEMPLATE = "LEADS - NOVO ENVIO";

    @Autowired
    LeadGroups groups;

    @Autowired
    Sequences sequences;

    private final List<String> created = new ArrayList<>();
    private Map<Long, LeadGroupDraft> defaults;

    @BeforeEach
    void rememberTheDefaultGroups() {
        defaults = groups.all().stream().filter(group -> group.kind() == LeadGroupKind.DEFAULT)
                .collect(Collectors.toMap(LeadGroupView::id, LeadGroupView::draft));
    }

    /** Other tests share the database: no group of ours stays, and the default groups are as they were. */
    @AfterEach
    void deleteGroupsAndRestoreDefaults() {
        groups.all().stream().filter(group -> created.contains(group.name())).forEach(group -> groups.delete(group.id(), "test"));
        defaults.forEach((id, draft) -> groups.update(id, draft, "test"));
    }

    private LeadGroupsView opened(Locale locale) {
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("lead-groups");
        return _get(LeadGroupsView.class);
    }

    private String name(String prefix) {
        String name = Unique.key(prefix);
        created.add(name);
        return name;
    }

    private SequenceView sequence(String... delaysAndDiscounts) {
        List<SequenceEmail> emails = new ArrayList<>();
        for (int i = 0; i < delaysAndDiscounts.length; i += 2) {
            emails.add(new SequenceEmail(TEMPLATE, delaysAndDiscounts[i],
                    delaysAndDiscounts[i + 1] == null ? null : new BigDecimal(delaysAndDiscounts[i + 1])));
        }
        return sequences.create(new SequenceDraft(Unique.key("Seq"), emails, null), "test");
    }

    /** An inactive custom group for one product no other test sells: it never takes another test's lead. */
    private LeadGroupView group(String name, List<Long> sequenceIds, int priority) {
        created.add(name);
        return groups.create(new LeadGroupDraft(name, "Teste", LeadGroupStatus.INACTIVE, null, LeadSource.ALL, sequenceIds, null, null,
                priority, List.of(Unique.key("produto")), null, null, false, null, null), "test");
    }

    private static LeadGroupView named(LeadGroups groups, String name) {
        return groups.all().stream().filter(group -> group.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no lead group " + name));
    }

    private static int rowOf(LeadGroupsView view, long id) {
        List<LeadGroupView> shown = view.grid.getListDataView().getItems().toList();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("lead group " + id + " is not listed");
    }

    private static Component cell(LeadGroupsView view, long id, String column) {
        return _getCellComponent(view.grid, rowOf(view, id), column);
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** A new inactive group named, and the wizard on its follow-up e-mails. */
    private static LeadGroupWizard onStep2(LeadGroupsView view, String name) {
        _click(view.add);
        LeadGroupWizard wizard = view.wizard;
        _setValue(wizard.groupStep.name, name);
        _setValue(wizard.groupStep.status, LeadGroupStatus.INACTIVE);
        _click(wizard.next);
        return wizard;
    }

    /** What a person does who types a product that is not offered yet and presses Enter. */
    private static void typeProduct(MultiSelectComboBox<String> products, String product) {
        ComponentUtil.fireEvent(products, new ComboBoxBase.CustomValueSetEvent<>(products, true, product));
    }

    private static Button arrow(LeadGroupsView view, LeadGroupView group, String label) {
        return _find(cell(view, group.id(), "order"), Button.class).stream()
                .filter(button -> (label + ": " + group.name()).equals(button.getAriaLabel().orElse(null))).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " for " + group.name()));
    }

    private static Button button(Component parent, String text) {
        return _get(parent, Button.class, spec -> spec.withText(text));
    }

    @Test
    void theDefaultGroupsAreListedInPriorityOrderAndCannotBeDeleted() {
        LeadGroupsView view = opened(Locale.ENGLISH);

        List<LeadGroupView> shown = view.grid.getListDataView().getItems().toList();
        assertThat(shown).extracting(LeadGroupView::priority).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        LeadGroupView unfinished = shown.stream().filter(group -> group.source() == LeadSource.UNFINISHED
                && group.kind() == LeadGroupKind.DEFAULT).findFirst().orElseThrow();
        assertThat(textOf(cell(view, unfinished.id(), "group"))).contains("Unfinished orders", "Default");
        assertThat(textOf(cell(view, unfinished.id(), "order"))).isEqualTo(String.valueOf(rowOf(view, unfinished.id()) + 1));
        Component actions = cell(view, unfinished.id(), "actions");
        assertThat(_find(actions, Button.class)).extracting(Button::getText).containsExactly("Edit");
        assertThat(_get(actions, RouterLink.class).getText()).isEqualTo("View leads");
        assertThat(view.grid.getColumnByKey("leads").getHeaderText()).isEqualTo("Leads");
        boolean customs = shown.stream().anyMatch(group -> group.kind() == LeadGroupKind.CUSTOM);
        assertThat(view.empty.isVisible()).isEqualTo(!customs);
        assertThat(view.empty.getText()).contains("Add lead group");
    }

    @Test
    void aGroupIsWrittenInTwoStepsAndListedWithItsSendTimesDiscountAndStatus() {
        SequenceView follow = sequence("PT1H", null, "P1D", "10", "P3D", "15");
        String name = name("Carrinho");
        String product = Unique.key("Curso");
        LeadGroupsView view = opened(Locale.ENGLISH);
        _click(view.add);
        LeadGroupWizard wizard = view.wizard;
        assertThat(wizard.isOpened()).isTrue();
        assertThat(wizard.step.getText()).isEqualTo("Step 1 of 2: who is in the group");
        assertThat(wizard.save.isVisible()).isFalse();

        GroupStep step1 = wizard.groupStep;
        _setValue(step1.status, LeadGroupStatus.INACTIVE);
        _setValue(step1.name, name);
        _setValue(step1.description, "Quem comprou o curso");
        _setValue(step1.source, LeadSource.UNFINISHED);
        typeProduct(step1.products, product);
        _setValue(step1.language, "pt-BR");
        _setValue(step1.country, "BR");
        _setValue(step1.bcc, "copia@example.com");
        _setValue(step1.overrideDiscounts, true);
        LocalDateTime start = LocalDateTime.of(2031, 3, 1, 9, 0);
        _setValue(step1.startsAt, start);
        _click(wizard.next);

        assertThat(wizard.step.getText()).isEqualTo("Step 2 of 2: the follow-up e-mails");
        assertThat(step1.isVisible()).isFalse();
        VariantRow set = wizard.followUpStep.rows().get(0);
        assertThat(set.title.isVisible()).as("no A/B test yet").isFalse();
        assertThat(wizard.followUpStep.test.isVisible()).isFalse();
        _setValue(set.sequence, follow);
        assertThat(set.summary.getText()).isEqualTo("1 h, 1 day, 3 days · discount: –, 10%, 15%");
        _click(wizard.save);

        assertThat(wizard.isOpened()).isFalse();
        expectNotifications("Lead group \"" + name + "\" saved");
        LeadGroupView saved = named(groups, name);
        assertThat(saved.kind()).isEqualTo(LeadGroupKind.CUSTOM);
        assertThat(saved.source()).isEqualTo(LeadSource.UNFINISHED);
        assertThat(saved.products()).containsExactly(product);
        assertThat(saved.language()).isEqualTo("pt-BR");
        assertThat(saved.country()).isEqualTo("BR");
        assertThat(saved.bcc()).isEqualTo("copia@example.com");
        assertThat(saved.overrideDiscounts()).isTrue();
        assertThat(saved.startsAt()).isEqualTo(start.atZone(ZoneId.systemDefault()).toInstant());
        assertThat(saved.sequenceIds()).containsExactly(follow.id());
        assertThat(rowOf(view, saved.id())).as("a new group comes first").isZero();
        assertThat(textOf(cell(view, saved.id(), "sendTimes"))).isEqualTo("1 h, 1 day, 3 days");
        assertThat(textOf(cell(view, saved.id(), "discount"))).isEqualTo("–, 10%, 15%");
        assertThat(textOf(cell(view, saved.id(), "status"))).isEqualTo("Inactive");
        assertThat(textOf(cell(view, saved.id(), "group"))).contains(name, "Quem comprou o curso",
                "Leads from: Unfinished orders · pt-BR · Brazil · " + product).doesNotContain("A/B", "Default");
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void anABTestGetsSeveralSetsAndItsEndCriteriaAndABadge() {
        SequenceView a = sequence("PT2H", "5");
        SequenceView b = sequence("PT1H", "10", "P2D", "20");
        String name = name("Teste AB");
        LeadGroupsView view = opened(Locale.ENGLISH);
        LeadGroupWizard wizard = onStep2(view, name);
        FollowUpStep step2 = wizard.followUpStep;
        _setValue(step2.rows().get(0).sequence, a);
        _click(step2.addTest);

        assertThat(step2.rows()).hasSize(2);
        assertThat(step2.rows()).extracting(row -> row.title.getText()).containsExactly("Set A", "Set B");
        assertThat(step2.test.isVisible()).isTrue();
        _setValue(step2.rows().get(1).sequence, b);
        _setValue(step2.targetConversion, new BigDecimal("12.5"));
        _setValue(step2.targetRevenue, new BigDecimal("5000"));
        _setValue(step2.targetLeads, 400);
        _setValue(step2.endsAt, LocalDateTime.of(2031, 6, 30, 18, 0));
        _setValue(step2.keepBest, true);
        _click(wizard.save);

        LeadGroupView saved = named(groups, name);
        assertThat(saved.sequenceIds()).containsExactly(a.id(), b.id());
        LeadGroupTest test = saved.test();
        assertThat(test.endsAt()).isEqualTo(LocalDateTime.of(2031, 6, 30, 18, 0).atZone(ZoneId.systemDefault()).toInstant());
        assertThat(test.targetConversion()).as("a share, not a percentage").isEqualByComparingTo("0.125");
        assertThat(test.targetRevenue()).isEqualByComparingTo("5000");
        assertThat(test.targetLeads()).isEqualTo(400);
        assertThat(test.keepBest()).isTrue();
        assertThat(textOf(cell(view, saved.id(), "group"))).contains("A/B test");
        assertThat(_find(cell(view, saved.id(), "sendTimes"), Div.class))
                .extracting(div -> div.getText()).contains("A: 2 h", "B: 1 h, 2 days");
        assertThat(textOf(cell(view, saved.id(), "discount"))).contains("A: 5%", "B: 10%, 20%");

        _click(button(cell(view, saved.id(), "actions"), "Edit"));
        _click(wizard.next);
        assertThat(wizard.followUpStep.rows()).extracting(VariantRow::sequenceId).containsExactly(a.id(), b.id());
        assertThat(wizard.followUpStep.targetConversion.getValue()).isEqualByComparingTo("12.5");
        assertThat(wizard.followUpStep.keepBest.getValue()).isTrue();
    }

    @Test
    void aNewSequenceIsWrittenInTheWizardAndChosenForTheSet() {
        String name = name("Nova seq");
        String sequenceName = Unique.key("Escrita no assistente");
        LeadGroupsView view = opened(Locale.ENGLISH);
        LeadGroupWizard wizard = onStep2(view, name);
        VariantRow set = wizard.followUpStep.rows().get(0);
        _click(set.create);

        var dialog = wizard.followUpStep.sequenceDialog;
        assertThat(dialog.isOpened()).isTrue();
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), sequenceName);
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withLabel("Wait")), 3);
        @SuppressWarnings("unchecked")
        Select<ChronoUnit> unit = _get(dialog, Select.class, spec -> spec.withLabel("Unit"));
        _setValue(unit, ChronoUnit.HOURS);
        @SuppressWarnings("unchecked")
        Select<String> template = _get(dialog, Select.class, spec -> spec.withLabel("Template"));
        _setValue(template, TEMPLATE);
        _setValue(_get(dialog, BigDecimalField.class, spec -> spec.withLabel("Discount %")), new BigDecimal("7"));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(wizard.isOpened()).isTrue();
        assertThat(set.sequence.getValue().name()).isEqualTo(sequenceName);
        assertThat(set.summary.getText()).isEqualTo("3 h · discount: 7%");
        _click(wizard.save);

        SequenceView written = sequences.all().stream().filter(sequence -> sequence.name().equals(sequenceName)).findFirst().orElseThrow();
        assertThat(written.emails()).containsExactly(new SequenceEmail(TEMPLATE, "PT3H", new BigDecimal("7")));
        assertThat(named(groups, name).sequenceIds()).containsExactly(written.id());
    }

    @Test
    void editOpensTheWizardFilledInAndSavesTheChange() {
        SequenceView follow = sequence("P1D", "10");
        LeadGroupView group = group(Unique.key("Editar"), List.of(follow.id()), 3);
        LeadGroupsView view = opened(Locale.ENGLISH);

        _click(button(cell(view, group.id(), "actions"), "Edit"));
        LeadGroupWizard wizard = view.wizard;
        assertThat(wizard.getHeaderTitle()).isEqualTo("Lead group \"" + group.name() + "\"");
        assertThat(wizard.groupStep.name.getValue()).isEqualTo(group.name());
        assertThat(wizard.groupStep.products.getValue()).containsExactlyElementsOf(group.products());
        assertThat(wizard.groupStep.priority.getValue()).isEqualTo(3);
        assertThat(wizard.groupStep.name.isReadOnly()).isFalse();
        assertThat(wizard.groupStep.defaultNote.isVisible()).isFalse();
        _setValue(wizard.groupStep.description, "Mudou");
        _click(wizard.next);
        assertThat(wizard.followUpStep.rows().get(0).sequenceId()).isEqualTo(follow.id());
        _click(wizard.save);

        assertThat(groups.find(group.id()).orElseThrow().description()).isEqualTo("Mudou");
        assertThat(textOf(cell(view, group.id(), "group"))).contains("Mudou");
    }

    @Test
    void aDefaultGroupIsSwitchedOnWithASequenceWhoseSendTimesAreChangedThereButWhoIsInItStays() {
        SequenceView follow = sequence("PT1H", null, "P1D", "10");
        LeadGroupsView view = opened(Locale.ENGLISH);
        LeadGroupView abandoned = view.grid.getListDataView().getItems()
                .filter(group -> group.kind() == LeadGroupKind.DEFAULT && group.source() == LeadSource.ABANDONED).findFirst().orElseThrow();

        _click(button(cell(view, abandoned.id(), "actions"), "Edit"));
        LeadGroupWizard wizard = view.wizard;
        assertThat(wizard.getHeaderTitle()).isEqualTo("Lead group \"Abandoned checkouts\"");
        assertThat(wizard.groupStep.defaultNote.isVisible()).isTrue();
        assertThat(wizard.groupStep.source.isReadOnly()).isTrue();
        assertThat(wizard.groupStep.name.isReadOnly()).isTrue();
        _setValue(wizard.groupStep.status, LeadGroupStatus.ACTIVE);
        // far in the future: the group waits, and takes no other test's lead meanwhile
        _setValue(wizard.groupStep.startsAt, LocalDateTime.of(2099, 1, 1, 0, 0));
        _click(wizard.next);
        VariantRow set = wizard.followUpStep.rows().get(0);
        _setValue(set.sequence, follow);
        // its send times and discounts are its sequence's: changed in the sequence's own dialog
        _click(set.edit);
        var dialog = wizard.followUpStep.sequenceDialog;
        assertThat(dialog.isOpened()).isTrue();
        _setValue(_find(dialog, IntegerField.class, spec -> spec.withLabel("Wait")).get(0), 2);
        _setValue(_find(dialog, BigDecimalField.class, spec -> spec.withLabel("Discount %")).get(1), new BigDecimal("12"));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        assertThat(set.summary.getText()).isEqualTo("2 h, 1 day · discount: –, 12%");
        _click(wizard.save);

        LeadGroupView saved = groups.find(abandoned.id()).orElseThrow();
        assertThat(saved.status()).isEqualTo(LeadGroupStatus.ACTIVE);
        assertThat(saved.source()).isEqualTo(LeadSource.ABANDONED);
        assertThat(saved.sequenceIds()).containsExactly(follow.id());
        assertThat(textOf(cell(view, abandoned.id(), "status"))).startsWith("Starts on ");
        assertThat(textOf(cell(view, abandoned.id(), "sendTimes"))).isEqualTo("2 h, 1 day");
        assertThat(textOf(cell(view, abandoned.id(), "discount"))).isEqualTo("–, 12%");
    }

    @Test
    void refusalsAreShownOnTheirFieldAndStep() {
        SequenceView first = sequence("PT1H", null);
        SequenceView second = sequence("PT2H", null);
        LeadGroupsView view = opened(Locale.ENGLISH);
        _click(view.add);
        LeadGroupWizard wizard = view.wizard;
        _setValue(wizard.groupStep.status, LeadGroupStatus.ACTIVE);
        typeProduct(wizard.groupStep.products, Unique.key("só este produto"));
        _setValue(wizard.groupStep.bcc, "not an address");
        _click(wizard.next);
        _click(wizard.save);

        assertThat(wizard.isOpened()).isTrue();
        assertThat(wizard.groupStep.isVisible()).as("back on step 1").isTrue();
        assertThat(wizard.groupStep.name.isInvalid()).isTrue();
        assertThat(wizard.groupStep.name.getErrorMessage()).isEqualTo("Give the group a name of at most 200 characters that no other group has.");

        _setValue(wizard.groupStep.name, name("Recusas"));
        _click(wizard.next);
        _click(wizard.save);
        assertThat(wizard.groupStep.name.isInvalid()).isFalse();
        assertThat(wizard.followUpStep.isVisible()).as("an active group needs a sequence: step 2").isTrue();
        assertThat(wizard.followUpStep.rows().get(0).sequence.isInvalid()).isTrue();

        _setValue(wizard.followUpStep.rows().get(0).sequence, first);
        _click(wizard.save);
        assertThat(wizard.groupStep.isVisible()).isTrue();
        assertThat(wizard.groupStep.bcc.isInvalid()).isTrue();
        assertThat(wizard.groupStep.bcc.getErrorMessage()).isEqualTo("The BCC is not a valid e-mail address.");

        _setValue(wizard.groupStep.bcc, "");
        _click(wizard.next);
        _click(wizard.followUpStep.addTest);
        _click(wizard.save);
        assertThat(wizard.followUpStep.rows().get(1).sequence.isInvalid()).as("every set of a test needs a sequence").isTrue();
        assertThat(wizard.problem.getText()).startsWith("Choose a follow-up sequence for each set");

        _setValue(wizard.followUpStep.rows().get(1).sequence, second);
        _setValue(wizard.followUpStep.targetConversion, new BigDecimal("150"));
        _click(wizard.save);
        assertThat(wizard.followUpStep.targetConversion.isInvalid()).isTrue();
        assertThat(wizard.followUpStep.targetConversion.getErrorMessage()).startsWith("A conversion is a percentage above 0 and at most 100");
        assertThat(groups.all()).noneMatch(group -> created.contains(group.name()));

        _setValue(wizard.followUpStep.targetConversion, new BigDecimal("15"));
        _click(wizard.save);
        assertThat(wizard.isOpened()).isFalse();
        assertThat(groups.all()).anyMatch(group -> created.contains(group.name()));
    }

    @Test
    void deletingAsksFirst() {
        LeadGroupView group = group(Unique.key("Apagar"), List.of(), 2);
        LeadGroupsView view = opened(Locale.ENGLISH);

        _click(button(cell(view, group.id(), "actions"), "Delete"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_getText(confirm)).contains("the follow-ups it started stop", "cannot be undone");
        assertThat(groups.find(group.id())).isPresent();
        _fireConfirm(confirm);

        assertThat(groups.find(group.id())).isEmpty();
        expectNotifications("Lead group \"" + group.name() + "\" deleted");
        assertThat(view.grid.getListDataView().getItems()).noneMatch(shown -> shown.id() == group.id());
    }

    @Test
    void movingAGroupUpOrDownChangesWhichGroupALeadFollows() {
        // above every other group, so that the two are neighbours
        int top = groups.all().stream().mapToInt(LeadGroupView::priority).max().orElse(0);
        LeadGroupView lower = group(Unique.key("Baixo"), List.of(), top + 1);
        LeadGroupView upper = group(Unique.key("Alto"), List.of(), top + 2);
        LeadGroupsView view = opened(Locale.ENGLISH);
        assertThat(rowOf(view, upper.id())).isEqualTo(rowOf(view, lower.id()) - 1);
        Button upperUp = arrow(view, upper, "Move up");
        assertThat(upperUp.isEnabled()).as("first of all").isFalse();

        _click(arrow(view, lower, "Move up"));

        expectNotifications("New order saved");
        assertThat(rowOf(view, lower.id())).isEqualTo(rowOf(view, upper.id()) - 1);
        assertThat(groups.find(lower.id()).orElseThrow().priority()).isGreaterThan(groups.find(upper.id()).orElseThrow().priority());

        _click(arrow(view, lower, "Move down"));
        assertThat(rowOf(view, upper.id())).isEqualTo(rowOf(view, lower.id()) - 1);
    }

    @Test
    void viewLeadsOpensTheLeadListFilteredByTheGroup() {
        LeadGroupView group = group(Unique.key("Ver"), List.of(), 1);
        LeadGroupsView view = opened(Locale.ENGLISH);

        RouterLink link = _get(cell(view, group.id(), "actions"), RouterLink.class, spec -> spec.withText("View leads"));

        assertThat(link.getHref()).isEqualTo("leads?group=" + group.id());
        _click(link);
        assertThat(_get(LeadsView.class)).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters()).isEqualTo("leads?group=" + group.id());
    }

    @Test
    void aGroupTestingSequencesLinksToItsAbResults() {
        long first = sequence("PT1H", null).id();
        long second = sequence("PT1H", "10").id();
        LeadGroupView tested = group(Unique.key("AB"), List.of(first, second), 1);
        LeadGroupView single = group(Unique.key("Só um"), List.of(first), 1);
        LeadGroupsView view = opened(Locale.ENGLISH);

        RouterLink link = _get(cell(view, tested.id(), "actions"), RouterLink.class, spec -> spec.withText("A/B results"));

        assertThat(link.getHref()).isEqualTo("lead-groups/" + tested.id() + "/results");
        assertThat(_find(cell(view, single.id(), "actions"), RouterLink.class, spec -> spec.withText("A/B results"))).isEmpty();
        _click(link);
        assertThat(_get(LeadGroupResultsView.class)).isNotNull();
    }

    @Test
    void theViewAndTheWizardSpeakPortuguese() {
        SequenceView follow = sequence("PT1H", "10", "P1D", null, "P3D", "15");
        Instant start = Instant.parse("2031-05-01T12:00:00Z");
        String name = name("Português");
        groups.create(new LeadGroupDraft(name, null, LeadGroupStatus.ACTIVE, start, LeadSource.ABANDONED, List.of(follow.id()), null, null,
                1, List.of(Unique.key("produto")), null, null, false, null, null), "test");
        LeadGroupsView view = opened(Locale.forLanguageTag("pt-BR"));
        LeadGroupView group = named(groups, name);

        assertThat(_get(view, H2.class).getText()).isEqualTo("Grupos de leads");
        assertThat(view.add.getText()).isEqualTo("Adicionar grupo de leads");
        assertThat(view.grid.getColumnByKey("sendTimes").getHeaderText()).isEqualTo("Envios");
        assertThat(textOf(cell(view, group.id(), "sendTimes"))).isEqualTo("1 h, 1 dia, 3 dias");
        assertThat(textOf(cell(view, group.id(), "group"))).contains("Leads de: Checkouts abandonados");
        assertThat(textOf(cell(view, group.id(), "status"))).startsWith("Começa em ");
        LeadGroupView unfinished = view.grid.getListDataView().getItems()
                .filter(shown -> shown.kind() == LeadGroupKind.DEFAULT && shown.source() == LeadSource.UNFINISHED).findFirst().orElseThrow();
        assertThat(textOf(cell(view, unfinished.id(), "group"))).contains("Pedidos não finalizados", "Padrão");
        assertThat(_find(cell(view, group.id(), "actions"), Button.class)).extracting(Button::getText).containsExactly("Editar", "Excluir");
        assertThat(_get(cell(view, group.id(), "actions"), RouterLink.class).getText()).isEqualTo("Ver leads");

        _click(button(cell(view, group.id(), "actions"), "Editar"));
        LeadGroupWizard wizard = view.wizard;
        assertThat(wizard.step.getText()).isEqualTo("Passo 1 de 2: quem está no grupo");
        assertThat(wizard.groupStep.name.getLabel()).isEqualTo("Nome da campanha");
        assertThat(wizard.groupStep.webhook.getLabel()).isEqualTo("Notificação instantânea de lead (opcional)");
        assertThat(wizard.groupStep.source.getItemLabelGenerator().apply(LeadSource.UNFINISHED)).isEqualTo("Pedidos não finalizados");
        assertThat(wizard.groupStep.country.getItemLabelGenerator().apply("BR")).isEqualTo("Brasil (BR)");
        assertThat(wizard.next.getText()).isEqualTo("Próximo: e-mails de follow-up");
        _click(wizard.next);
        assertThat(wizard.followUpStep.addTest.getText()).isEqualTo("Adicionar follow-up de teste");
        assertThat(wizard.followUpStep.rows().get(0).summary.getText()).isEqualTo("1 h, 1 dia, 3 dias · desconto: 10%, –, 15%");
        _click(wizard.followUpStep.addTest);
        assertThat(wizard.followUpStep.keepBest.getLabel()).isEqualTo("Manter a oferta de melhor desempenho quando o teste terminar");
        assertThat(wizard.save.getText()).isEqualTo("Salvar");
        assertThat(_find(wizard, Span.class, spec -> spec.withText("Conjunto B"))).hasSize(1);
    }

    @Test
    void aDefaultGroupIsShownInPortugueseButSavedUnderItsOwnName() {
        LeadGroupsView view = opened(Locale.forLanguageTag("pt-BR"));
        LeadGroupView unfinished = view.grid.getListDataView().getItems()
                .filter(shown -> shown.kind() == LeadGroupKind.DEFAULT && shown.source() == LeadSource.UNFINISHED).findFirst().orElseThrow();

        _click(button(cell(view, unfinished.id(), "actions"), "Editar"));
        LeadGroupWizard wizard = view.wizard;
        assertThat(wizard.getHeaderTitle()).isEqualTo("Grupo de leads \"Pedidos não finalizados\"");
        assertThat(wizard.groupStep.name.getValue()).isEqualTo("Pedidos não finalizados");
        assertThat(wizard.groupStep.name.isReadOnly()).isTrue();
        _setValue(wizard.groupStep.bcc, "gerente@example.com");
        _click(wizard.next);
        _click(wizard.save);

        LeadGroupView saved = groups.find(unfinished.id()).orElseThrow();
        assertThat(saved.bcc()).isEqualTo("gerente@example.com");
        assertThat(saved.name()).isEqualTo(unfinished.name());
        assertThat(saved.description()).isEqualTo(unfinished.description());
    }
}

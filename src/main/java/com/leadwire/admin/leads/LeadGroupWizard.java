package com.leadwire.admin.leads;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.leadwire.automation.sequences.Sequences;
import com.leadwire.automation.webhooks.WebhookSubscriptionView;
import com.leadwire.leads.LeadGroupDraft;
import com.leadwire.leads.LeadGroupKind;
import com.leadwire.leads.LeadGroupView;
import com.leadwire.leads.LeadGroups;
import com.leadwire.shared.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * 003_'s two-step wizard, for a new group and to change one: first who is in the group, then its
 * follow-up e-mails. Saved through {@link LeadGroups}, whose refusals are shown on the field they
 * name, in the admin's language, on the step that field is on.
 */
class LeadGroupWizard extends Dialog {

    final Span step = new Span();
    final GroupStep groupStep;
    final FollowUpStep followUpStep;
    final Span problem = new Span();
    final Button cancel = new Button(getTranslation("leadgroups.wizard.cancel"));
    final Button back = new Button(getTranslation("leadgroups.wizard.back"));
    final Button next = new Button(getTranslation("leadgroups.wizard.next"));
    final Button save = new Button(getTranslation("leadgroups.wizard.save"));

    private final LeadGroups groups;
    private final String actor;
    private final Consumer<LeadGroupView> onSaved;
    private Optional<LeadGroupView> editing = Optional.empty();

    LeadGroupWizard(LeadGroups groups, Sequences sequences, List<String> templates, List<WebhookSubscriptionView> webhooks, String actor,
            Consumer<LeadGroupView> onSaved) {
        this.groups = groups;
        this.actor = actor;
        this.onSaved = onSaved;
        this.groupStep = new GroupStep(webhooks);
        this.followUpStep = new FollowUpStep(sequences, templates, actor);
        setWidth("min(64em, 95vw)");
        step.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-weight", "600");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        VerticalLayout content = new VerticalLayout(step, groupStep, followUpStep, problem);
        content.setPadding(false);
        add(content);
        cancel.addClickListener(click -> close());
        back.addClickListener(click -> showStep(1));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> showStep(2));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(cancel, back, next, save);
    }

    void openNew(int nextPriority) {
        editing = Optional.empty();
        setHeaderTitle(getTranslation("leadgroups.wizard.new"));
        groupStep.clear(nextPriority);
        followUpStep.clear();
        start();
    }

    /**
     * @param shownName the name as the list shows it (a default group's in the reader's language)
     * @param shownDescription likewise
     */
    void openFor(LeadGroupView group, String shownName, String shownDescription) {
        editing = Optional.of(group);
        setHeaderTitle(getTranslation("leadgroups.wizard.edit", shownName));
        groupStep.fill(group, shownName, shownDescription);
        followUpStep.fill(group.sequenceIds(), group.test());
        start();
    }

    private void start() {
        clearProblems();
        showStep(1);
        open();
    }

    private void showStep(int number) {
        boolean first = number == 1;
        step.setText(getTranslation(first ? "leadgroups.wizard.step1" : "leadgroups.wizard.step2"));
        groupStep.setVisible(first);
        followUpStep.setVisible(!first);
        back.setVisible(!first);
        next.setVisible(first);
        save.setVisible(!first);
    }

    /** A default group's name and description are shown (translated), not changed: they go back as stored. */
    LeadGroupDraft draft() {
        Optional<LeadGroupView> fixed = editing.filter(group -> group.kind() == LeadGroupKind.DEFAULT);
        String name = fixed.map(LeadGroupView::name).orElse(groupStep.name.getValue());
        String description = fixed.isPresent() ? fixed.get().description() : groupStep.description.getValue();
        return new LeadGroupDraft(name, description, groupStep.status.getValue(),
                groupStep.startsAtInstant(), groupStep.source.getValue(), followUpStep.sequenceIds(),
                groupStep.webhook.getValue() == null ? null : groupStep.webhook.getValue().id(), groupStep.bcc.getValue(),
                groupStep.priority.getValue(), groupStep.productList(), groupStep.language.getValue(), groupStep.country.getValue(),
                groupStep.overrideDiscounts.getValue(), followUpStep.testCriteria(), groupStep.abandonAfterIso());
    }

    private void save() {
        clearProblems();
        if (followUpStep.hasEmptyTestSet()) {
            show(new InvalidInputException("sequenceIds", "every set of an A/B test needs a sequence"));
            return;
        }
        LeadGroupDraft draft = draft();
        try {
            LeadGroupView saved = editing.map(group -> groups.update(group.id(), draft, actor)).orElseGet(() -> groups.create(draft, actor));
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException refused) {
            show(refused);
        }
    }

    /** Marks the field a refusal names ({@code name}, {@code sequenceIds[1]}, {@code test.endsAt} …) and shows its step. */
    private void show(InvalidInputException refused) {
        String field = refused.field() == null ? "" : refused.field().replaceAll("\\[\\d+]$", "");
        String key = "leadgroups.invalid." + field;
        String message = getTranslation(key);
        if (message.startsWith("!")) {
            message = getTranslation("leadgroups.invalid.other", refused.getMessage());
        }
        problem.setText(message);
        Optional<HasValidation> shown = fieldNamed(field);
        shown.ifPresent(component -> {
            component.setInvalid(true);
            component.setErrorMessage(getTranslation(key).startsWith("!") ? null : getTranslation(key));
        });
        if (field.equals("sequenceIds")) {
            followUpStep.markSets(refused.field(), message);
        }
        showStep(field.equals("sequenceIds") || field.startsWith("test") ? 2 : 1);
    }

    private Optional<HasValidation> fieldNamed(String field) {
        HasValidation component = switch (field) {
            case "name" -> groupStep.name;
            case "description" -> groupStep.description;
            case "status" -> groupStep.status;
            case "startsAt" -> groupStep.startsAt;
            case "source" -> groupStep.source;
            case "abandonAfter" -> groupStep.abandonAfter.amount;
            case "webhookId" -> groupStep.webhook;
            case "bcc" -> groupStep.bcc;
            case "priority" -> groupStep.priority;
            case "products" -> groupStep.products;
            case "language" -> groupStep.language;
            case "country" -> groupStep.country;
            case "test.endsAt" -> followUpStep.endsAt;
            case "test.targetConversion" -> followUpStep.targetConversion;
            case "test.targetRevenue" -> followUpStep.targetRevenue;
            case "test.targetLeads" -> followUpStep.targetLeads;
            default -> null;
        };
        return Optional.ofNullable(component);
    }

    private void clearProblems() {
        problem.setText("");
        List.<HasValidation>of(groupStep.name, groupStep.description, groupStep.status, groupStep.startsAt, groupStep.source,
                groupStep.abandonAfter.amount, groupStep.webhook, groupStep.bcc, groupStep.priority, groupStep.products,
                groupStep.language, groupStep.country, followUpStep.endsAt, followUpStep.targetConversion, followUpStep.targetRevenue,
                followUpStep.targetLeads).forEach(component -> component.setInvalid(false));
        followUpStep.rows().forEach(row -> row.sequence.setInvalid(false));
    }
}

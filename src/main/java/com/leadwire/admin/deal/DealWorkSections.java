package com.leadwire.admin.deal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;

import com.leadwire.automation.DealEmails;
import com.leadwire.contacts.Contacts;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.mail.MailTemplateView;
import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.DealEdits;
import com.leadwire.pipeline.DealNotes;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.StageKind;
import com.leadwire.tasks.Tasks;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.telegram.ProspectReplies;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;

/**
 * What a sales person does on a deal's page, each part through the service the API uses: its
 * contact, edit, the responsible rep (or a claim), won / lost, an e-mail, a Telegram message, notes and tasks.
 * {@code actor} names the person in the history ({@code panel:<username>}); {@code refresh}
 * shows the deal again after a change.
 */
@org.springframework.stereotype.Component
public class DealWorkSections {

    private final Deals deals;
    private final DealEdits edits;
    private final DealNotes notes;
    private final DealEmails emails;
    private final Tasks tasks;
    private final Team team;
    private final Contacts contacts;
    private final CustomFields catalogue;
    private final MailTemplates templates;
    private final ObjectProvider<ProspectReplies> telegram;
    private final Clock clock;

    DealWorkSections(Deals deals, DealEdits edits, DealNotes notes, DealEmails emails, Tasks tasks, Team team, Contacts contacts,
                     CustomFields catalogue, MailTemplates templates, ObjectProvider<ProspectReplies> telegram, Clock clock) {
        this.deals = deals;
        this.edits = edits;
        this.notes = notes;
        this.emails = emails;
        this.tasks = tasks;
        this.team = team;
        this.contacts = contacts;
        this.catalogue = catalogue;
        this.templates = templates;
        this.telegram = telegram;
        this.clock = clock;
    }

    public Component contact(long contactId) {
        return new DealContactCard(contacts.findById(contactId).orElse(null));
    }

    /** Won / lost, for a deal still in an open stage; else nothing. */
    public Optional<Component> outcome(DealView deal, String actor, Runnable refresh) {
        return deal.stageKind() == StageKind.OPEN
                ? Optional.of(new DealOutcomeButtons(deals, deal, actor, refresh)) : Optional.empty();
    }

    public Component responsible(DealView deal, String actor, Runnable refresh) {
        return new ResponsibleChooser(deals, edits, activeTeam(), deal, actor, refresh);
    }

    /** The edit form, folded until the person opens it. */
    public Component edit(DealView deal, String actor, Runnable refresh) {
        DealEditForm form = new DealEditForm(deal, catalogue.of(FieldScope.DEAL), edit -> edits.edit(deal.id(), edit, actor), refresh);
        Details details = new Details(form.getTranslation("dealpage.edit"), form);
        details.setId("deal-edit");
        return details;
    }

    public Component email(DealView deal, String actor, Runnable refresh) {
        List<String> names = templates.all().stream().map(MailTemplateView::name).distinct().sorted().toList();
        return new DealEmailSection(emails, names, deal.id(), actor, refresh);
    }

    public Component telegram(DealView deal, String username, boolean conversationStarted, String actor, Runnable refresh) {
        return new TelegramReplySection(telegram.getIfAvailable(), deal.id(), me(username).map(TeamMember::id).orElse(null),
                conversationStarted, actor, refresh);
    }

    public Component notes(long dealId, String actor) {
        return new DealNotesSection(notes, dealId, actor);
    }

    public Component tasks(long dealId, String username, String actor) {
        return new DealTasksSection(tasks, clock, activeTeam(), me(username).orElse(null), dealId, actor);
    }

    private Optional<TeamMember> me(String username) {
        return username == null ? Optional.empty() : team.findByName(username);
    }

    private List<TeamMember> activeTeam() {
        return team.everyone().stream().filter(TeamMember::active)
                .sorted(Comparator.comparing(TeamMember::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}

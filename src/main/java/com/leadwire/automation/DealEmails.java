package com.leadwire.automation;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.automation.engine.MailModels;
import com.leadwire.contacts.ContactView;
import com.leadwire.contacts.Contacts;
import com.leadwire.mail.MailContent;
import com.leadwire.mail.MailModel;
import com.leadwire.mail.MailQueue;
import com.leadwire.mail.MailRequest;
import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.DealEdits;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * A template e-mail to a deal's contact, sent by a person from the deal page or the API: rendered
 * with the same model as a rule's e-mail, queued in the outbox, and recorded in the deal's history.
 */
@Service
public class DealEmails {

    private static final Logger log = LoggerFactory.getLogger(DealEmails.class);

    private final Deals deals;
    private final Contacts contacts;
    private final MailTemplates templates;
    private final MailQueue mail;
    private final DealEdits history;
    private final Team team;

    DealEmails(Deals deals, Contacts contacts, MailTemplates templates, MailQueue mail, DealEdits history, Team team) {
        this.deals = deals;
        this.contacts = contacts;
        this.templates = templates;
        this.mail = mail;
        this.history = history;
        this.team = team;
    }

    /**
     * Refused: 422 for an unknown template, 409 when the contact has no address, or has unsubscribed and the template is not
     * transactional.
     */
    @Transactional
    public MailContent send(long dealId, String template, String actor) {
        DealView deal = deals.find(dealId).orElseThrow(() -> new NotFoundException("no deal " + dealId));
        if (template == null || template.isBlank()) {
            throw new InvalidInputException("template", "Choose the e-mail template to send.");
        }
        if (!templates.exists(template)) {
            throw new InvalidInputException("template", "There is no e-mail template named '" + template + "'.");
        }
        ContactView contact = contacts.findById(deal.contactId()).orElseThrow(() -> new NotFoundException("no contact " + deal.contactId()));
        if (contact.primaryEmail() == null) {
            throw new ConflictException("The contact has no e-mail address.");
        }
        if (contact.unsubscribed() && !templates.isTransactional(template, contact.language())) {
            throw new ConflictException("The contact has unsubscribed from e-mails.");
        }
        String responsible = deal.responsibleUserId() == null ? null
                : team.findById(deal.responsibleUserId()).map(TeamMember::displayName).orElse(null);
        MailModel model = MailModels.of(new MailModel.Contact(contact.name(), contact.primaryEmail(), contact.language()), deal, responsible);
        MailContent sent = mail.queue(new MailRequest(template, List.of(contact.primaryEmail()), List.of(), model,
                "deal-email:" + dealId + ":" + UUID.randomUUID(), dealId, null, contact.id()));
        history.record(dealId, "email", "'" + sent.subject() + "' (" + template + ") to " + contact.primaryEmail(), actor);
        log.info("Deal {}: e-mail template '{}' queued for the contact by {}", dealId, template, actor);
        return sent;
    }
}

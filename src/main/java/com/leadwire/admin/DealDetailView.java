package com.leadwire.admin;

import java.util.List;

import com.leadwire.contacts.ContactView;
import com.leadwire.contacts.Contacts;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.telegram.DealMessageView;
import com.leadwire.telegram.DealMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * One deal, read-only for now: its facts, its contact, its timeline (stages and rule firings),
 * which rules would fire now, and its Telegram conversation. The "Open in panel" button of a
 * Telegram deal card lands here.
 */
@Route(value = "deals", layout = MainLayout.class)
@PageTitle("Leadwire – Deal")
@PermitAll
class DealDetailView extends VerticalLayout implements HasUrlParameter<Long> {

    private final Deals deals;
    private final Contacts contacts;
    private final DealMessages messages;
    private final DealAutomationSections automation;

    DealDetailView(Deals deals, Contacts contacts, DealMessages messages, DealAutomationSections automation) {
        this.deals = deals;
        this.contacts = contacts;
        this.messages = messages;
        this.automation = automation;
    }

    @Override
    public void setParameter(BeforeEvent event, Long dealId) {
        removeAll();
        add(new RouterLink(getTranslation("deal.back"), BoardView.class));
        deals.find(dealId).ifPresentOrElse(this::show, () -> add(new H2(getTranslation("deal.missing", String.valueOf(dealId)))));
    }

    private void show(DealView deal) {
        add(new H2(deal.title()));
        ContactView contact = contacts.findById(deal.contactId()).orElse(null);
        add(fact(getTranslation("deal.contact"), contact == null ? "–" : contact.name() == null ? contact.primaryEmail()
                : contact.name() + " <" + contact.primaryEmail() + ">"));
        if (contact != null && contact.emails().size() > 1) {
            add(fact(getTranslation("deal.emails"), String.join(", ", contact.emails())));
        }
        add(fact(getTranslation("deal.stage"), deal.pipelineName() + " / " + deal.stageName()));
        String formattedValue = DealValues.format(deal.amount(), deal.currency(), getLocale(), getTranslation("board.card.noValue"));
        add(fact(getTranslation("deal.value"), formattedValue));
        if (!deal.products().isEmpty()) {
            add(fact(getTranslation("deal.products"), String.join(", ", deal.products())));
        }
        if (deal.sourceKey() != null) {
            add(fact(getTranslation("deal.source"), deal.sourceKey()));
        }
        deal.fields().forEach((name, value) -> add(fact(name, value)));
        if (deal.lostReason() != null) {
            add(fact(getTranslation("deal.lostReason"), deal.lostReason()));
        }
        add(automation.timeline(deal.id()), automation.rulesNow(deal.id()));
        add(new H3(getTranslation("deal.messages")));
        List<DealMessageView> conversation = messages.of(deal.id());
        if (conversation.isEmpty()) {
            add(new Paragraph(getTranslation("deal.messages.empty")));
        }
        conversation.forEach(message -> add(messageLine(message)));
    }

    private static Component fact(String label, String value) {
        Span name = new Span(label + ": ");
        name.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new Div(name, new Span(value));
    }

    private Component messageLine(DealMessageView message) {
        String who = getTranslation(message.direction() == DealMessageView.Direction.IN ? "deal.messages.in" : "deal.messages.out");
        return new Div(new Span(when(message.at()) + " · " + who + ": "), new Span(message.text()));
    }

    private String when(java.time.Instant at) {
        return PanelTimes.shortDateTime(at, getLocale());
    }
}

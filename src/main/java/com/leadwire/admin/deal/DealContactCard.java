package com.leadwire.admin.deal;

import com.leadwire.contacts.ContactView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Who the deal is with: name, e-mails and phone as links that open the mail program or dialler, and their Telegram chat. */
class DealContactCard extends VerticalLayout {

    DealContactCard(ContactView contact) {
        setPadding(false);
        setSpacing(false);
        add(new H3(getTranslation("dealpage.contact")));
        if (contact == null) {
            add(new Paragraph(getTranslation("dealpage.contact.missing")));
            return;
        }
        add(new Div(new Span(contact.name() == null ? getTranslation("dealpage.contact.noName") : contact.name())));
        contact.emails().forEach(email -> add(new Div(new Anchor("mailto:" + email, email))));
        if (contact.phone() != null) {
            add(new Div(new Anchor("tel:" + contact.phone().replace(" ", ""), contact.phone())));
        }
        if (contact.telegramUserId() != null) {
            add(new Div(new Anchor("tg://user?id=" + contact.telegramUserId(), getTranslation("dealpage.contact.telegram"))));
        }
    }
}

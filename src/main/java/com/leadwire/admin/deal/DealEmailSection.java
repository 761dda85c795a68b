package com.leadwire.admin.deal;

import java.util.List;

import com.leadwire.automation.DealEmails;
import com.leadwire.mail.MailContent;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/** Sends one of the e-mail templates to the deal's contact, through the outbox as rules do. */
class DealEmailSection extends VerticalLayout {

    final Select<String> template = new Select<>();
    final Button send = new Button();

    DealEmailSection(DealEmails emails, List<String> templateNames, long dealId, String actor, Runnable refresh) {
        setPadding(false);
        add(new H3(getTranslation("dealpage.email")));
        if (templateNames.isEmpty()) {
            add(new Paragraph(getTranslation("dealpage.email.noTemplates")));
            return;
        }
        template.setLabel(getTranslation("dealpage.email.template"));
        template.setItems(templateNames);
        send.setText(getTranslation("dealpage.email.send"));
        send.setEnabled(false);
        template.addValueChangeListener(change -> send.setEnabled(change.getValue() != null));
        send.addClickListener(click -> {
            try {
                MailContent sent = emails.send(dealId, template.getValue(), actor);
                refresh.run();
                Notices.done(getTranslation("dealpage.email.sent", sent.subject(), String.join(", ", sent.to())));
            } catch (InvalidInputException | ConflictException refused) {
                Notices.refused(refused.getMessage());
            }
        });
        HorizontalLayout row = new HorizontalLayout(template, send);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(row);
    }
}

package com.leadwire.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.leadwire.mail.DevMailbox;
import com.leadwire.mail.DevMailbox.DevMail;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The e-mails Leadwire would have sent, when no SMTP server is set (the embedded default), so
 * an admin trying it out sees what the lead and the team receive.
 */
@Route(value = "mailbox", layout = MainLayout.class)
@PageTitle("Leadwire – Mailbox")
@RolesAllowed("ADMIN")
class MailboxView extends VerticalLayout {

    final Grid<DevMail> mails = new Grid<>();
    final Pre text = new Pre();

    MailboxView(DevMailbox mailbox) {
        setSizeFull();
        add(new H2(getTranslation("mailbox.title")));
        if (!mailbox.inUse()) {
            add(new Paragraph(getTranslation("mailbox.smtp")));
            return;
        }
        if (mailbox.newest().isEmpty()) {
            add(new Paragraph(getTranslation("mailbox.empty")));
            return;
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        mails.addColumn(mail -> time.format(mail.at())).setHeader(getTranslation("mailbox.when")).setAutoWidth(true);
        mails.addColumn(mail -> String.join(", ", mail.to())).setHeader(getTranslation("mailbox.to")).setAutoWidth(true);
        mails.addColumn(DevMail::subject).setHeader(getTranslation("mailbox.subject")).setFlexGrow(1);
        mails.setItems(mailbox.newest());
        mails.asSingleSelect().addValueChangeListener(selected ->
                text.setText(selected.getValue() == null ? "" : readable(selected.getValue())));
        text.getStyle().set("white-space", "pre-wrap");
        add(mails, text);
        expand(mails);
    }

    /** The text part, or the HTML source of an e-mail that has no text part. */
    private static String readable(DevMail mail) {
        return mail.text() == null || mail.text().isBlank() ? mail.html() : mail.text();
    }
}

package com.leadwire.admin.sources;

import com.leadwire.intake.IntakeResult;
import com.leadwire.intake.SampleIntake;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Sends a made-up lead through the source's real path and links the deal it made, or says why it was refused. */
class TestSubmission extends VerticalLayout {

    final Button send = new Button();
    final Span outcome = new Span();
    final Anchor deal = new Anchor();

    TestSubmission(long sourceId, SampleIntake samples) {
        setPadding(false);
        send.setText(getTranslation("sources.test.send"));
        send.setIcon(VaadinIcon.PAPERPLANE.create());
        deal.setVisible(false);
        send.addClickListener(click -> {
            try {
                IntakeResult result = samples.send(sourceId);
                outcome.setText(getTranslation("sources.test.done"));
                outcome.getStyle().set("color", "var(--lumo-success-text-color)");
                deal.setText(getTranslation("sources.test.deal", result.dealId()));
                deal.setHref("deals/" + result.dealId());
                deal.setVisible(result.dealId() != null);
            } catch (InvalidInputException | NotFoundException | ConflictException refused) {
                outcome.setText(getTranslation("sources.test.refused", refused.getMessage()));
                outcome.getStyle().set("color", "var(--lumo-error-text-color)");
                deal.setVisible(false);
                Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        add(new H3(getTranslation("sources.test.title")), new Paragraph(getTranslation("sources.test.help")),
                new HorizontalLayout(send, outcome, deal));
    }
}

package com.leadwire.admin.deal;

import java.util.List;

import com.leadwire.admin.PanelTimes;
import com.leadwire.pipeline.DealNoteView;
import com.leadwire.pipeline.DealNotes;
import com.leadwire.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** The deal's notes, newest first, and a box to write one. */
class DealNotesSection extends VerticalLayout {

    final TextArea text = new TextArea();
    final Button add = new Button();
    private final VerticalLayout list = new VerticalLayout();
    private final DealNotes notes;
    private final long dealId;

    DealNotesSection(DealNotes notes, long dealId, String actor) {
        this.notes = notes;
        this.dealId = dealId;
        setPadding(false);
        list.setPadding(false);
        list.setSpacing(false);
        text.setLabel(getTranslation("dealpage.notes.new"));
        text.setMaxLength(4000);
        text.setWidthFull();
        add.setText(getTranslation("dealpage.notes.add"));
        add.addClickListener(click -> {
            try {
                notes.add(dealId, text.getValue(), actor);
                text.clear();
                refresh();
                Notices.done(getTranslation("dealpage.notes.added"));
            } catch (InvalidInputException refused) {
                Notices.refused(refused.getMessage());
            }
        });
        add(new H3(getTranslation("dealpage.notes")), list, text, add);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<DealNoteView> written = notes.of(dealId);
        if (written.isEmpty()) {
            list.add(new Paragraph(getTranslation("dealpage.notes.empty")));
        }
        written.forEach(note -> {
            Span when = new Span(PanelTimes.shortDateTime(note.at(), getLocale()) + " · " + note.author() + ": ");
            when.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Span body = new Span(note.text());
            body.getStyle().set("white-space", "pre-wrap");
            list.add(new Div(when, body));
        });
    }
}

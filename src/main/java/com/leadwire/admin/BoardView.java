package com.leadwire.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.leadwire.pipeline.Board;
import com.leadwire.pipeline.BoardView.Card;
import com.leadwire.pipeline.BoardView.Column;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.StageKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** The pipeline board, read-only for now: one column per stage, a card per deal. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Leadwire")
@PermitAll
class BoardView extends VerticalLayout {

    static final int CARDS_PER_STAGE = 100;

    final Select<PipelineView> pipeline = new Select<>();
    final HorizontalLayout columns = new HorizontalLayout();
    private final Board board;

    BoardView(Pipelines pipelines, Board board) {
        this.board = board;
        setSizeFull();
        List<PipelineView> all = pipelines.all();
        add(new H2(getTranslation("board.title")));
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("board.empty")));
            return;
        }
        pipeline.setLabel(getTranslation("board.pipeline"));
        pipeline.setItems(all);
        pipeline.setItemLabelGenerator(PipelineView::name);
        pipeline.addValueChangeListener(change -> show(change.getValue()));
        columns.setWidthFull();
        columns.getStyle().set("overflow-x", "auto").set("align-items", "flex-start");
        add(pipeline, columns);
        expand(columns);
        pipeline.setValue(all.get(0));
    }

    private void show(PipelineView selected) {
        columns.removeAll();
        if (selected == null) {
            return;
        }
        board.of(selected.id(), CARDS_PER_STAGE).ifPresent(view -> view.columns().forEach(column -> columns.add(column(column))));
    }

    private Component column(Column column) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(true);
        layout.setSpacing(true);
        layout.setWidth("18rem");
        layout.getStyle().set("flex", "0 0 18rem").set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        H3 title = new H3(column.stage().name());
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-m)");
        Span count = new Span(getTranslation("board.stage.count", column.dealCount()));
        count.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        layout.add(title, count);
        if (column.stage().kind() != StageKind.OPEN) {
            Span kind = new Span(getTranslation(column.stage().kind() == StageKind.WON ? "board.stage.won" : "board.stage.lost"));
            kind.getElement().getThemeList().add(column.stage().kind() == StageKind.WON ? "badge success" : "badge error");
            layout.add(kind);
        }
        if (column.cards().isEmpty()) {
            Span empty = new Span(getTranslation("board.stage.empty"));
            empty.getStyle().set("color", "var(--lumo-tertiary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            layout.add(empty);
        }
        column.cards().forEach(card -> layout.add(card(card)));
        if (column.dealCount() > column.cards().size()) {
            layout.add(new Span(getTranslation("board.stage.more", column.cards().size(), column.dealCount())));
        }
        return layout;
    }

    private Component card(Card card) {
        Div box = new Div();
        box.addClassName("deal-card");
        box.getStyle().set("background", "var(--lumo-base-color)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("box-shadow", "var(--lumo-box-shadow-xs)").set("padding", "var(--lumo-space-s)").set("width", "100%")
                .set("box-sizing", "border-box");
        RouterLink title = new RouterLink(card.title(), DealDetailView.class, card.dealId());
        title.getStyle().set("font-weight", "600").set("display", "block");
        box.add(title);
        if (card.contactName() != null) {
            box.add(line(card.contactName()));
        }
        box.add(line(value(card)));
        if (card.sourceName() != null) {
            box.add(line(getTranslation("board.card.source", card.sourceName())));
        }
        box.add(line(age(card.createdAt())));
        return box;
    }

    private static Span line(String text) {
        Span line = new Span(text);
        line.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        return line;
    }

    private String value(Card card) {
        return DealValues.format(card.amount(), card.currency(), getLocale(), getTranslation("board.card.noValue"));
    }

    private String age(Instant createdAt) {
        long days = Duration.between(createdAt, Instant.now()).toDays();
        return days == 0 ? getTranslation("board.card.age.today") : getTranslation("board.card.age.days", days);
    }
}

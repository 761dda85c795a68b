package com.leadwire.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.leadwire.pipeline.Board;
import com.leadwire.pipeline.BoardView.Card;
import com.leadwire.pipeline.BoardView.Column;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.StageKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.shared.ApplicationConstants;

import jakarta.annotation.security.PermitAll;

/**
 * The pipeline board, read-only for now: one column per stage, a card per deal. A full board
 * shows 600 cards, so a card is a div, a link and a text, styled by {@code board.css} (no inline
 * styles): every element, text and style property is a change the server sends and the browser
 * applies.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Leadwire")
@PermitAll
@StyleSheet("context://styles/board.css")
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
        // one route lookup per board, not one per card (RouterLink resolves its route with reflection)
        String dealsUrl = RouteConfiguration.forSessionScope().getUrlBase(DealDetailView.class).orElseThrow();
        board.of(selected.id(), CARDS_PER_STAGE)
                .ifPresent(view -> view.columns().forEach(column -> columns.add(column(column, dealsUrl))));
    }

    private Component column(Column column, String dealsUrl) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(true);
        layout.setSpacing(true);
        layout.addClassName("board-column");
        H3 title = new H3(column.stage().name());
        Span count = new Span(getTranslation("board.stage.count", column.dealCount()));
        count.addClassName("board-column-note");
        layout.add(title, count);
        if (column.stage().kind() != StageKind.OPEN) {
            Span kind = new Span(getTranslation(column.stage().kind() == StageKind.WON ? "board.stage.won" : "board.stage.lost"));
            kind.getElement().getThemeList().add(column.stage().kind() == StageKind.WON ? "badge success" : "badge error");
            layout.add(kind);
        }
        if (column.cards().isEmpty()) {
            Span empty = new Span(getTranslation("board.stage.empty"));
            empty.addClassName("board-column-empty");
            layout.add(empty);
        }
        column.cards().forEach(card -> layout.add(card(card, dealsUrl)));
        if (column.dealCount() > column.cards().size()) {
            Span more = new Span(getTranslation("board.stage.more", column.cards().size(), column.dealCount()));
            more.addClassName("board-column-note");
            layout.add(more);
        }
        return layout;
    }

    /**
     * A div holding the title, a link to the deal like a RouterLink's (the client navigates
     * inside the page), and the card's lines as one text (white-space: pre-line).
     */
    private Component card(Card card, String dealsUrl) {
        Anchor title = new Anchor(dealsUrl + "/" + card.dealId(), card.title());
        title.getElement().setAttribute(ApplicationConstants.ROUTER_LINK_ATTRIBUTE, "");
        List<String> lines = new ArrayList<>(4);
        if (card.contactName() != null) {
            lines.add(card.contactName());
        }
        lines.add(value(card));
        if (card.sourceName() != null) {
            lines.add(getTranslation("board.card.source", card.sourceName()));
        }
        lines.add(age(card.createdAt()));
        Div box = new Div(title, new Text(String.join("\n", lines)));
        box.addClassName("deal-card");
        return box;
    }

    private String value(Card card) {
        return DealValues.format(card.amount(), card.currency(), getLocale(), getTranslation("board.card.noValue"));
    }

    private String age(Instant createdAt) {
        long days = Duration.between(createdAt, Instant.now()).toDays();
        return days == 0 ? getTranslation("board.card.age.today") : getTranslation("board.card.age.days", days);
    }
}

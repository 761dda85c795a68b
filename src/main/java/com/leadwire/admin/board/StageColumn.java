package com.leadwire.admin.board;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.leadwire.admin.DealValues;
import com.leadwire.pipeline.BoardView.Summary;
import com.leadwire.pipeline.StageKind;
import com.leadwire.pipeline.StageView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/**
 * One stage of the board: its name, how many deals it holds and their value, its first cards and a
 * "Show more" button while it holds more than it shows. Cards are dropped on it to move them here.
 */
final class StageColumn extends Div implements DropTarget<StageColumn> {

    private final StageView stage;
    private final Span summaryLine = new Span();
    private final Div cards = new Div();
    private final Span empty = new Span();
    final Button more = new Button();
    private Summary summary = Summary.EMPTY;

    StageColumn(StageView stage, boolean filtered, Consumer<StageColumn> showMore) {
        this.stage = stage;
        addClassName("board-column");
        summaryLine.addClassName("board-column-summary");
        cards.addClassName("board-column-cards");
        empty.addClassName("board-column-empty");
        empty.setText(getTranslation(filtered ? "board.column.noMatch" : "board.stage.empty"));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.addClickListener(click -> showMore.accept(this));
        add(new H3(stage.name()), summaryLine);
        if (stage.kind() != StageKind.OPEN) {
            Span kind = new Span(getTranslation(stage.kind() == StageKind.WON ? "board.stage.won" : "board.stage.lost"));
            kind.getElement().getThemeList().add(stage.kind() == StageKind.WON ? "badge success" : "badge error");
            add(kind);
        }
        add(empty, cards, more);
        setActive(true);
    }

    StageView stage() {
        return stage;
    }

    void show(Summary summary) {
        this.summary = summary;
        String count = getTranslation("board.stage.count", summary.dealCount());
        summaryLine.setText(summary.totals().isEmpty() ? count : count + " · " + summary.totals().stream()
                .map(total -> DealValues.format(total.amount(), total.currency(), getLocale(), "")).collect(Collectors.joining(" + ")));
        update();
    }

    void append(List<DealCard> page) {
        page.forEach(cards::add);
        update();
    }

    /** A card that just entered the stage: the latest, so the first. */
    void addFirst(DealCard card) {
        cards.addComponentAsFirst(card);
        update();
    }

    /** The card again, as it is after a change that keeps it in this stage. */
    void replace(DealCard old, DealCard fresh) {
        cards.addComponentAtIndex(cards.getElement().indexOfChild(old.getElement()), fresh);
        cards.remove(old);
    }

    void remove(DealCard card) {
        cards.remove(card);
        update();
    }

    List<DealCard> cards() {
        return cards.getChildren().map(DealCard.class::cast).toList();
    }

    Optional<DealCard> lastCard() {
        List<DealCard> shown = cards();
        return shown.isEmpty() ? Optional.empty() : Optional.of(shown.get(shown.size() - 1));
    }

    private void update() {
        long shown = cards.getChildren().count();
        empty.setVisible(shown == 0);
        more.setVisible(shown < summary.dealCount());
        more.setText(getTranslation("board.column.more", shown, summary.dealCount()));
    }
}

package com.leadwire.admin.board;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.leadwire.admin.DealValues;
import com.leadwire.pipeline.BoardView.Card;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.shared.ApplicationConstants;

/**
 * A deal on the board: its title links to the deal's page (the whole card is the link, board.css),
 * its facts are one text of one line each, and its "Move to…" button opens the board's one
 * {@link MoveDialog}; a deal with nobody responsible has a "Claim" button, and a checkbox selects
 * the card for the board's bulk actions. The card can be dragged onto another column. A board shows a hundred and
 * more of these, and every element is state the server sends and the browser builds: a menu
 * component per card (a MenuBar with an item per stage) made the first page 5 KB of UIDL per
 * card, so a card is only a div, a link, a text and a plain button.
 */
final class DealCard extends Div implements DragSource<DealCard> {

    private final Card card;
    final Checkbox select = new Checkbox();

    /** The board's selection of cards for a bulk action. */
    interface Selection {

        boolean selected(long dealId);

        void select(long dealId, boolean selected);
    }

    /**
     * @param rep the responsible rep's name, or null
     * @param openMoveMenu what the "Move to…" button does
     * @param claim what the "Claim" button of a deal with nobody responsible does
     * @param selection whether the card is selected for a bulk action, and what its checkbox does
     */
    DealCard(Card card, String rep, Instant now, Consumer<DealCard> openMoveMenu, Consumer<DealCard> claim, Selection selection) {
        this.card = card;
        addClassName("deal-card");
        select.addClassName("deal-card-select");
        select.setAriaLabel(getTranslation("access.bulk.select", card.title()));
        select.setValue(selection.selected(card.dealId()));
        select.addValueChangeListener(change -> selection.select(card.dealId(), change.getValue()));
        add(select);
        Anchor title = new Anchor("deals/" + card.dealId(), card.title());
        title.getElement().setAttribute(ApplicationConstants.ROUTER_LINK_ATTRIBUTE, "");
        // the card, not the link, is what a drag takes
        title.getElement().setAttribute("draggable", "false");
        NativeButton moveTo = new NativeButton(getTranslation("board.card.moveTo"), click -> openMoveMenu.accept(this));
        moveTo.addClassName("deal-card-move");
        moveTo.getElement().setAttribute("aria-label", getTranslation("board.card.moveToAria", card.title()));
        moveTo.getElement().setAttribute("aria-haspopup", "dialog");
        add(title, new Text(String.join("\n", lines(rep, now))), moveTo);
        if (card.responsibleUserId() == null) {
            NativeButton claimIt = new NativeButton(getTranslation("access.claim"), click -> claim.accept(this));
            claimIt.addClassName("deal-card-claim");
            claimIt.getElement().setAttribute("aria-label", getTranslation("access.claim.aria", card.title()));
            add(claimIt);
        }
        setDraggable(true);
        setDragData(card);
    }

    Card card() {
        return card;
    }

    private List<String> lines(String rep, Instant now) {
        List<String> lines = new ArrayList<>(5);
        if (card.contactName() != null) {
            lines.add(card.contactName());
        }
        lines.add(DealValues.format(card.amount(), card.currency(), getLocale(), getTranslation("board.card.noValue")));
        if (card.sourceName() != null) {
            lines.add(getTranslation("board.card.source", card.sourceName()));
        }
        lines.add(getTranslation("board.card.inStage", Math.max(0, Duration.between(card.stageEnteredAt(), now).toDays())));
        lines.add(rep == null ? getTranslation("board.card.noRep") : getTranslation("board.card.rep", rep));
        return lines;
    }
}

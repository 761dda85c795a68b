package com.leadwire.admin.board;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import com.leadwire.admin.DealValues;
import com.leadwire.pipeline.BoardView.Card;
import com.leadwire.pipeline.StageView;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.shared.ApplicationConstants;

/**
 * A deal on the board: its title links to the deal's page (the whole card is the link, board.css),
 * its facts are one text of one line each, and its "Move to…" menu lists the pipeline's other
 * stages. The card can be dragged onto another column. A board shows up to a hundred and more of
 * these: every component is a change the browser must apply, so a card has only these four.
 */
final class DealCard extends Div implements DragSource<DealCard> {

    private final Card card;

    /**
     * @param rep the responsible rep's name, or null
     * @param move what choosing a stage in the card's menu does
     */
    DealCard(Card card, String rep, List<StageView> stages, Instant now, BiConsumer<DealCard, StageView> move) {
        this.card = card;
        addClassName("deal-card");
        Anchor title = new Anchor("deals/" + card.dealId(), card.title());
        title.getElement().setAttribute(ApplicationConstants.ROUTER_LINK_ATTRIBUTE, "");
        // the card, not the link, is what a drag takes
        title.getElement().setAttribute("draggable", "false");
        add(title, new Text(String.join("\n", lines(rep, now))), moveMenu(stages, move));
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

    private MenuBar moveMenu(List<StageView> stages, BiConsumer<DealCard, StageView> move) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_DROPDOWN_INDICATORS);
        menu.addClassName("deal-card-menu");
        MenuItem moveTo = menu.addItem(getTranslation("board.card.moveTo"));
        moveTo.setAriaLabel(getTranslation("board.card.moveToAria", card.title()));
        stages.stream().filter(stage -> stage.id() != card.stageId())
                .forEach(stage -> moveTo.getSubMenu().addItem(stage.name(), click -> move.accept(this, stage)));
        return menu;
    }
}

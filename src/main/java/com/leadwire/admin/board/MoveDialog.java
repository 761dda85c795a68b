package com.leadwire.admin.board;

import java.util.List;
import java.util.function.BiConsumer;

import com.leadwire.pipeline.StageView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The "Move to…" menu of a card: the stages of its pipeline, one button each (the stage it is in
 * cannot be chosen). One dialog serves the whole board, so a card carries only the button that
 * opens it; keyboard users tab through the stages, press Enter to move, or Escape to cancel.
 */
final class MoveDialog extends Dialog {

    private final VerticalLayout stages = new VerticalLayout();
    private final BiConsumer<DealCard, StageView> move;

    MoveDialog(BiConsumer<DealCard, StageView> move) {
        this.move = move;
        addClassName("board-move-dialog");
        stages.setPadding(false);
        stages.setSpacing(false);
        add(stages);
        Button cancel = new Button(getTranslation("board.move.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel);
    }

    void open(DealCard card, List<StageView> pipelineStages) {
        setHeaderTitle(getTranslation("board.move.title", card.card().title()));
        stages.removeAll();
        for (StageView stage : pipelineStages) {
            boolean current = stage.id() == card.card().stageId();
            Button choice = new Button(current ? getTranslation("board.move.current", stage.name()) : stage.name(), click -> {
                close();
                move.accept(card, stage);
            });
            choice.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            choice.setEnabled(!current);
            choice.setWidthFull();
            choice.getStyle().set("justify-content", "flex-start");
            stages.add(choice);
        }
        open();
        stages.getChildren().filter(button -> ((Button) button).isEnabled()).findFirst().ifPresent(button -> ((Button) button).focus());
    }
}

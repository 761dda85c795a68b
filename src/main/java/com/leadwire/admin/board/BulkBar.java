package com.leadwire.admin.board;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.leadwire.admin.deal.LostReasonDialog;
import com.leadwire.pipeline.BulkChange;
import com.leadwire.pipeline.BulkChange.Action;
import com.leadwire.pipeline.StageView;
import com.leadwire.team.TeamMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * What the board does with the selected cards: assign them, move them, or close them as won or
 * lost (asked again first; lost asks why). Shown only while cards are selected.
 */
final class BulkBar extends HorizontalLayout {

    final Span count = new Span();
    final Select<TeamMember> assignee = new Select<>();
    final Button assign = new Button();
    final Select<StageView> stage = new Select<>();
    final Button move = new Button();
    final Button won = new Button();
    final Button lost = new Button();
    final Button clear = new Button();
    final ConfirmDialog confirmWon = new ConfirmDialog();
    final LostReasonDialog askLost;
    private final Supplier<List<Long>> selection;
    private final Consumer<BulkChange> apply;

    /** {@code selection}: the selected deals; {@code apply} runs a change on them. */
    BulkBar(List<TeamMember> team, Supplier<List<Long>> selection, Consumer<BulkChange> apply, Runnable clearSelection) {
        this.selection = selection;
        this.apply = apply;
        addClassName("board-bulk");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        assignee.setLabel(getTranslation("access.bulk.assignTo"));
        assignee.setItems(team);
        assignee.setItemLabelGenerator(TeamMember::displayName);
        assign.setText(getTranslation("access.bulk.assign"));
        assign.addClickListener(click -> {
            if (assignee.getValue() != null) {
                apply(Action.ASSIGN, assignee.getValue().id(), null, null);
            }
        });
        stage.setLabel(getTranslation("access.bulk.moveTo"));
        stage.setItemLabelGenerator(StageView::name);
        move.setText(getTranslation("access.bulk.move"));
        move.addClickListener(click -> {
            if (stage.getValue() != null) {
                apply(Action.MOVE, null, stage.getValue().id(), null);
            }
        });
        won.setText(getTranslation("access.bulk.won"));
        won.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        confirmWon.setHeader(getTranslation("access.bulk.won.title"));
        confirmWon.setConfirmText(getTranslation("access.bulk.won"));
        confirmWon.setCancelable(true);
        confirmWon.setCancelText(getTranslation("board.move.cancel"));
        confirmWon.addConfirmListener(confirmed -> apply(Action.WON, null, null, null));
        won.addClickListener(click -> {
            confirmWon.setText(getTranslation("access.bulk.won.text", selection.get().size()));
            confirmWon.open();
        });
        lost.setText(getTranslation("access.bulk.lost"));
        lost.addThemeVariants(ButtonVariant.LUMO_ERROR);
        askLost = new LostReasonDialog(getTranslation("access.bulk.lost.title"), getTranslation("access.bulk.lost"),
                why -> apply(Action.LOST, null, null, why));
        lost.addClickListener(click -> {
            askLost.reason().clear();
            askLost.open();
        });
        clear.setText(getTranslation("access.bulk.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(click -> clearSelection.run());
        add(count, assignee, assign, stage, move, won, lost, clear);
        show(0);
    }

    private void apply(Action action, Long responsibleId, Long stageId, String lostReason) {
        apply.accept(new BulkChange(selection.get(), action, responsibleId, stageId, lostReason));
    }

    /** The stages the selected deals may be moved to: the shown pipeline's. */
    void stages(List<StageView> stages) {
        stage.setItems(stages);
    }

    void show(int selectedCards) {
        count.setText(getTranslation("access.bulk.selected", selectedCards));
        setVisible(selectedCards > 0);
    }
}

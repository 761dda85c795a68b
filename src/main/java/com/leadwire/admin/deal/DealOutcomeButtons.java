package com.leadwire.admin.deal;

import org.springframework.dao.OptimisticLockingFailureException;

import com.leadwire.pipeline.DealEnteredStage.Cause;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * "Won" and "Lost" for an open deal, each asked again before it is done: won in a confirmation,
 * lost in a dialog that asks the reason. Through the same service as the API.
 */
class DealOutcomeButtons extends HorizontalLayout {

    final Button won = new Button();
    final Button lost = new Button();
    final ConfirmDialog confirmWon = new ConfirmDialog();
    final LostReasonDialog askLost;
    final TextArea reason;
    final Button confirmLost;

    DealOutcomeButtons(Deals deals, DealView deal, String actor, Runnable refresh) {
        won.setText(getTranslation("dealpage.won"));
        won.setIcon(VaadinIcon.TROPHY.create());
        won.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        lost.setText(getTranslation("dealpage.lost"));
        lost.setIcon(VaadinIcon.CLOSE_CIRCLE_O.create());
        lost.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(won, lost);

        confirmWon.setHeader(getTranslation("dealpage.won.title"));
        confirmWon.setText(getTranslation("dealpage.won.text", deal.title()));
        confirmWon.setConfirmText(getTranslation("dealpage.won.confirm"));
        confirmWon.setCancelable(true);
        confirmWon.setCancelText(getTranslation("dealpage.cancel"));
        confirmWon.addConfirmListener(confirmed -> attempt(() -> deals.markWon(deal.id(), actor, Cause.PANEL, deal.stageId()),
                getTranslation("dealpage.won.done"), refresh));
        won.addClickListener(click -> confirmWon.open());

        askLost = new LostReasonDialog(getTranslation("dealpage.lost.title"), getTranslation("dealpage.lost.confirm"),
                why -> attempt(() -> deals.markLost(deal.id(), why, actor, Cause.PANEL, deal.stageId()), getTranslation("dealpage.lost.done"),
                        refresh));
        reason = askLost.reason();
        confirmLost = askLost.confirm();
        lost.addClickListener(click -> askLost.open());
    }

    private static void attempt(Runnable outcome, String done, Runnable refresh) {
        try {
            outcome.run();
            refresh.run();
            Notices.done(done);
        } catch (ConflictException | InvalidInputException | OptimisticLockingFailureException refused) {
            refresh.run();
            Notices.refused(refused.getMessage());
        }
    }
}

package com.leadwire.admin;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;

import com.leadwire.admin.board.BoardView;
import com.leadwire.admin.deal.DealWorkSections;
import com.leadwire.pipeline.DealEnteredStage.Cause;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.EntryRequirementUnmet;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.StageKind;
import com.leadwire.pipeline.StageView;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.ForbiddenException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.telegram.DealMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * One deal, where the work on it is done: its facts and contact; move, won / lost (asked again),
 * edit, the responsible rep, an e-mail, a Telegram message, notes and tasks (the parts in
 * {@link DealWorkSections}), each through the same service as the API, so a refusal says why; its
 * timeline (stages, rule firings, changes, e-mails, both sides of Telegram), pending timers and
 * which rules would fire now. The "Open in panel" button of a Telegram deal card lands here. A rep
 * opening another rep's deal is told it is not theirs, and sees nothing of it.
 */
@Route(value = "deals", layout = MainLayout.class)
@PageTitle("Leadwire – Deal")
@PermitAll
public class DealDetailView extends VerticalLayout implements HasUrlParameter<Long> {

    final Select<StageView> moveTo = new Select<>();
    final Button move = new Button();
    private final Deals deals;
    private final Pipelines pipelines;
    private final DealMessages messages;
    private final AuthenticationContext authentication;
    private final DealAutomationSections automation;
    private final DealWorkSections work;
    private DealView shown;

    DealDetailView(Deals deals, Pipelines pipelines, DealMessages messages, AuthenticationContext authentication,
                   DealAutomationSections automation, DealWorkSections work) {
        this.deals = deals;
        this.pipelines = pipelines;
        this.messages = messages;
        this.authentication = authentication;
        this.work = work;
        moveTo.setLabel(getTranslation("deal.move.stage"));
        moveTo.setItemLabelGenerator(StageView::name);
        moveTo.setEmptySelectionAllowed(false);
        move.setText(getTranslation("deal.move"));
        move.setEnabled(false);
        moveTo.addValueChangeListener(change -> move.setEnabled(change.getValue() != null));
        move.addClickListener(click -> moveShownDeal());
        this.automation = automation;
    }

    @Override
    public void setParameter(BeforeEvent event, Long dealId) {
        render(dealId);
    }

    private void render(long dealId) {
        removeAll();
        shown = null;
        add(new RouterLink(getTranslation("deal.back"), BoardView.class));
        try {
            deals.find(dealId).ifPresentOrElse(this::show, () -> add(new H2(getTranslation("deal.missing", String.valueOf(dealId)))));
        } catch (ForbiddenException notYours) {
            add(new H2(getTranslation("access.notYours", String.valueOf(dealId))));
        }
    }

    private void show(DealView deal) {
        shown = deal;
        String username = authentication.getPrincipalName().orElse(null);
        String actor = actor();
        Runnable refresh = () -> render(deal.id());
        add(new H2(deal.title()));
        add(fact(getTranslation("deal.stage"), deal.pipelineName() + " / " + deal.stageName()));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        actions.setWrap(true);
        addMoveAction(deal, actions);
        work.outcome(deal, actor, refresh).ifPresent(actions::add);
        add(actions);
        String formattedValue = DealValues.format(deal.amount(), deal.currency(), getLocale(), getTranslation("board.card.noValue"));
        add(fact(getTranslation("deal.value"), formattedValue));
        if (!deal.products().isEmpty()) {
            add(fact(getTranslation("deal.products"), String.join(", ", deal.products())));
        }
        if (deal.sourceKey() != null) {
            add(fact(getTranslation("deal.source"), deal.sourceKey()));
        }
        deal.fields().forEach((name, value) -> add(fact(name, value)));
        if (deal.lostReason() != null) {
            add(fact(getTranslation("deal.lostReason"), deal.lostReason()));
        }
        add(work.responsible(deal, actor, refresh), work.edit(deal, actor, refresh), work.contact(deal.contactId()),
                work.email(deal, actor, refresh), work.telegram(deal, username, !messages.of(deal.id()).isEmpty(), actor, refresh),
                work.notes(deal.id(), actor), work.tasks(deal.id(), username, actor));
        add(automation.timeline(deal.id()), automation.pendingTimers(deal.id()), automation.rulesNow(deal.id()));
    }

    private String actor() {
        return "panel:" + authentication.getPrincipalName().orElse("?");
    }

    /** The other stages of the deal's pipeline; the one it is in is listed, but cannot be chosen. */
    private void addMoveAction(DealView deal, HorizontalLayout actions) {
        List<StageView> stages = pipelines.find(deal.pipelineId()).map(PipelineView::stages).orElse(List.of());
        if (stages.size() < 2) {
            return;
        }
        moveTo.setItems(stages);
        moveTo.setItemEnabledProvider(stage -> stage.id() != deal.stageId());
        moveTo.clear();
        actions.add(moveTo, move);
    }

    /** A move into a won or lost stage closes the deal: it is asked again first. */
    private void moveShownDeal() {
        DealView deal = shown;
        StageView target = moveTo.getValue();
        if (deal == null || target == null) {
            return;
        }
        if (target.kind() == StageKind.OPEN) {
            moveShownDeal(deal, target);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("dealpage.move.closes.title", target.name()),
                getTranslation("dealpage.move.closes." + target.kind().name().toLowerCase(java.util.Locale.ROOT)),
                getTranslation("deal.move"), confirmed -> moveShownDeal(deal, target), getTranslation("dealpage.cancel"), cancelled -> { });
        confirm.open();
    }

    /** Moves the deal from the stage this page shows; when the move is refused, says why in the reader's language. */
    private void moveShownDeal(DealView deal, StageView target) {
        try {
            deals.moveTo(deal.id(), target.id(), actor(), Cause.PANEL, deal.stageId());
            render(deal.id());
            Notification.show(getTranslation("deal.move.moved", target.name())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (EntryRequirementUnmet unmet) {
            warn(MoveRefusals.explain(unmet, this));
        } catch (ConflictException | InvalidInputException | NotFoundException | OptimisticLockingFailureException changed) {
            render(deal.id());
            warn(getTranslation("deal.move.changedMeanwhile"));
        }
    }

    private static void warn(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static Component fact(String label, String value) {
        Span name = new Span(label + ": ");
        name.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new Div(name, new Span(value));
    }
}

package com.leadwire.admin.board;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;

import com.leadwire.admin.MainLayout;
import com.leadwire.admin.MoveRefusals;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.pipeline.Board;
import com.leadwire.pipeline.BoardFilter;
import com.leadwire.pipeline.BoardView.Card;
import com.leadwire.pipeline.BoardView.Column;
import com.leadwire.pipeline.BoardView.Summary;
import com.leadwire.pipeline.BulkChange;
import com.leadwire.pipeline.BulkDealChanges;
import com.leadwire.pipeline.BulkOutcome;
import com.leadwire.pipeline.DealEnteredStage.Cause;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.EntryRequirementUnmet;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.Sources;
import com.leadwire.pipeline.StageView;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * The pipeline board, where sales people work their deals: one pipeline at a time, a column per
 * stage with its count and value, filters, and cards that move by drag and drop or by their "Move
 * to…" dialog, through the same service as the API ({@link Deals#moveTo}). A move changes the two
 * columns in place; a refused one says why and leaves the card where it was. Selected cards can be
 * assigned, moved, or closed as won or lost at once ({@link BulkBar}); a rep's board holds only
 * their own deals and the unassigned ones, which they can claim.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Leadwire")
@PermitAll
@StyleSheet("context://styles/board.css")
public class BoardView extends VerticalLayout {

    /** The cards a column shows first, and how many more each "Show more" adds. */
    static final int CARDS_PER_PAGE = 20;

    private static final Logger log = LoggerFactory.getLogger(BoardView.class);

    final Select<PipelineView> pipeline = new Select<>();
    final Div columns = new Div();
    final BoardFilters filters;
    private final Board board;
    private final Deals deals;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final Map<Long, String> repNames;
    private final BulkDealChanges bulk;
    private final Set<Long> selected = new LinkedHashSet<>();
    final MoveDialog moveDialog = new MoveDialog(this::move);
    final BulkBar bulkBar;
    private final DealCard.Selection selection = new CardSelection();

    BoardView(Pipelines pipelines, Board board, Deals deals, BulkDealChanges bulk, Team team, Sources sources, CustomFields fields,
              AuthenticationContext authentication, Clock clock) {
        this.board = board;
        this.bulk = bulk;
        this.deals = deals;
        this.authentication = authentication;
        this.clock = clock;
        setSizeFull();
        List<TeamMember> everyone = team.everyone();
        repNames = everyone.stream().collect(Collectors.toMap(TeamMember::id, TeamMember::displayName));
        filters = new BoardFilters(everyone, sources.all(), fields.of(FieldScope.DEAL), this::show);
        bulkBar = new BulkBar(everyone.stream().filter(TeamMember::active).sorted(Comparator.comparing(TeamMember::displayName,
                String.CASE_INSENSITIVE_ORDER)).toList(), () -> List.copyOf(selected), this::apply, this::show);
        List<PipelineView> all = pipelines.all();
        add(new H2(getTranslation("board.title")));
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("board.empty")));
            return;
        }
        pipeline.setLabel(getTranslation("board.pipeline"));
        pipeline.setItems(all);
        pipeline.setItemLabelGenerator(PipelineView::name);
        pipeline.addValueChangeListener(change -> show());
        filters.addComponentAsFirst(pipeline);
        pipeline.getStyle().set("margin-right", "var(--lumo-space-m)");
        columns.addClassName("board-columns");
        add(filters, bulkBar, columns);
        expand(columns);
        pipeline.setValue(all.get(0));
    }

    private void show() {
        columns.removeAll();
        selected.clear();
        bulkBar.show(0);
        PipelineView shown = pipeline.getValue();
        if (shown == null) {
            return;
        }
        bulkBar.stages(shown.stages());
        BoardFilter filter = filters.value();
        board.of(shown.id(), filter, CARDS_PER_PAGE).ifPresent(view -> view.columns().forEach(column -> columns.add(column(column,
                filter.filters()))));
    }

    private StageColumn column(Column column, boolean filtered) {
        StageColumn stageColumn = new StageColumn(column.stage(), filtered, this::showMore);
        stageColumn.show(column.summary());
        stageColumn.append(column.cards().stream().map(this::card).toList());
        stageColumn.addDropListener(drop -> drop.getDragSourceComponent()
                .filter(DealCard.class::isInstance).map(DealCard.class::cast)
                .ifPresent(card -> move(card, stageColumn.stage())));
        return stageColumn;
    }

    private void showMore(StageColumn column) {
        column.lastCard().ifPresent(last -> column.append(board.cardsAfter(last.card(), filters.value(), CARDS_PER_PAGE).stream()
                .map(this::card).toList()));
    }

    private DealCard card(Card card) {
        String rep = card.responsibleUserId() == null ? null : repNames.get(card.responsibleUserId());
        return new DealCard(card, rep, clock.instant(), opened -> moveDialog.open(opened, pipeline.getValue().stages()), this::claim,
                selection);
    }

    /**
     * A bulk action on the selected deals, each through the same service as one at a time: says
     * how many were changed and why any were refused, then shows the board as it is now.
     */
    private void apply(BulkChange change) {
        BulkOutcome outcome = bulk.apply(change, actor(), Cause.PANEL);
        String done = getTranslation("access.bulk.done." + outcome.action().name(), outcome.done());
        if (outcome.refused() == 0) {
            Notification.show(done, 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            warn(getTranslation("access.bulk.refused", done, outcome.refused(), outcome.results().stream().filter(result -> !result.done())
                    .map(result -> "#" + result.id() + " " + result.detail()).collect(Collectors.joining("; "))));
        }
        show();
    }

    /** The acting person takes the card's deal; the card stays where it is, now with them as its rep. */
    void claim(DealCard card) {
        Card claiming = card.card();
        try {
            DealView claimed = deals.claim(claiming.dealId(), actor());
            column(claiming.stageId()).ifPresent(column -> column.replace(card, card(claiming.withResponsible(claimed.responsibleUserId()))));
            Notification.show(getTranslation("access.claimed", claiming.title()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConflictException | NotFoundException | OptimisticLockingFailureException taken) {
            log.info("Board claim of deal {} refused: {}", claiming.dealId(), taken.getMessage());
            show();
            warn(getTranslation("access.claimTaken"));
        }
    }

    private String actor() {
        return "panel:" + authentication.getPrincipalName().orElse("?");
    }

    /**
     * Moves the card's deal from the stage the card shows into {@code to}; on success the card
     * leaves its column for the top of the other, and both columns count again.
     */
    void move(DealCard card, StageView to) {
        Card moving = card.card();
        if (moving.stageId() == to.id()) {
            return;
        }
        try {
            DealView moved = deals.moveTo(moving.dealId(), to.id(), actor(), Cause.PANEL, moving.stageId());
            Optional<StageColumn> from = column(moving.stageId());
            Optional<StageColumn> into = column(to.id());
            from.ifPresent(column -> column.remove(card));
            into.ifPresent(column -> column.addFirst(card(moving.movedTo(to.id(), moved.stageEnteredAt()))));
            Map<Long, Summary> summaries = board.summaries(List.of(moving.stageId(), to.id()), filters.value());
            from.ifPresent(column -> column.show(summaries.getOrDefault(moving.stageId(), Summary.EMPTY)));
            into.ifPresent(column -> column.show(summaries.getOrDefault(to.id(), Summary.EMPTY)));
            Notification.show(getTranslation("board.moved", moving.title(), to.name()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (EntryRequirementUnmet unmet) {
            log.info("Board move of deal {} to stage {} refused: {}", moving.dealId(), to.id(), unmet.getMessage());
            warn(MoveRefusals.explain(unmet, this));
        } catch (ConflictException | InvalidInputException | NotFoundException | OptimisticLockingFailureException changed) {
            log.info("Board move of deal {} to stage {} refused: {}", moving.dealId(), to.id(), changed.getMessage());
            show();
            warn(getTranslation("board.changedMeanwhile"));
        }
    }

    private Optional<StageColumn> column(long stageId) {
        return columns.getChildren().map(StageColumn.class::cast).filter(column -> column.stage().id() == stageId).findFirst();
    }

    private static void warn(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The cards selected for a bulk action, kept until the board is shown again. */
    private final class CardSelection implements DealCard.Selection {

        @Override
        public boolean selected(long dealId) {
            return selected.contains(dealId);
        }

        @Override
        public void select(long dealId, boolean chosen) {
            if (chosen) {
                selected.add(dealId);
            } else {
                selected.remove(dealId);
            }
            bulkBar.show(selected.size());
        }
    }
}

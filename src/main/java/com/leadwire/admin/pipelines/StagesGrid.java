package com.leadwire.admin.pipelines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.leadwire.pipeline.StageView;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * A pipeline's stages in order. A row is reordered by dragging it (the browser's native drag and
 * drop) or, from the keyboard, with its up and down buttons; both hand the whole new order on.
 */
class StagesGrid extends Grid<StageView> {

    /** What the rows' buttons do. */
    interface Actions {
        void reorder(List<StageView> newOrder);

        void edit(StageView stage);

        void delete(StageView stage);
    }

    private final Actions actions;
    private List<StageView> stages = List.of();
    private Map<Long, Long> dealCounts = Map.of();
    private StageView dragged;

    StagesGrid(Actions actions, Function<StageView, String> requirements) {
        this.actions = actions;
        addComponentColumn(stage -> dragHandle()).setWidth("3.5em").setFlexGrow(0);
        addColumn(StageView::name).setKey("name").setHeader(getTranslation("pipelines.stage.name")).setFlexGrow(1);
        addComponentColumn(this::kindBadge).setKey("kind").setHeader(getTranslation("pipelines.stage.kind")).setAutoWidth(true).setFlexGrow(0);
        addColumn(stage -> dealCounts.getOrDefault(stage.id(), 0L)).setKey("deals").setHeader(getTranslation("pipelines.stage.deals")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(requirements::apply).setKey("requirements").setHeader(getTranslation("pipelines.stage.requirements")).setFlexGrow(3)
                .setTooltipGenerator(requirements::apply);
        addComponentColumn(this::buttons).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);

        setRowsDraggable(true);
        setDropMode(GridDropMode.BETWEEN);
        addDragStartListener(start -> dragged = start.getDraggedItems().isEmpty() ? null : start.getDraggedItems().get(0));
        addDragEndListener(end -> dragged = null);
        addDropListener(drop -> drop.getDropTargetItem().ifPresent(target -> dropped(target, drop.getDropLocation())));
    }

    void show(List<StageView> ordered, Map<Long, Long> counts) {
        this.stages = List.copyOf(ordered);
        this.dealCounts = counts;
        setItems(stages);
    }

    private void dropped(StageView target, GridDropLocation location) {
        StageView moving = dragged;
        if (moving == null || moving.id() == target.id()) {
            return;
        }
        List<StageView> order = new ArrayList<>(stages);
        order.remove(moving);
        order.add(order.indexOf(target) + (location == GridDropLocation.BELOW ? 1 : 0), moving);
        actions.reorder(order);
    }

    /** Moves a stage one place up (-1) or down (+1): the keyboard's way to reorder. */
    void move(StageView stage, int step) {
        List<StageView> order = new ArrayList<>(stages);
        int from = order.indexOf(stage);
        int to = from + step;
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        actions.reorder(order);
    }

    private HorizontalLayout buttons(StageView stage) {
        int index = stages.indexOf(stage);
        Button up = iconButton(VaadinIcon.ARROW_UP, getTranslation("pipelines.stage.up", stage.name()), click -> move(stage, -1));
        up.setEnabled(index > 0);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("pipelines.stage.down", stage.name()), click -> move(stage, 1));
        down.setEnabled(index < stages.size() - 1);
        Button edit = iconButton(VaadinIcon.EDIT, getTranslation("pipelines.stage.edit", stage.name()), click -> actions.edit(stage));
        Button delete = iconButton(VaadinIcon.TRASH, getTranslation("pipelines.stage.delete", stage.name()),
                click -> actions.delete(stage));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(up, down, edit, delete);
        buttons.setSpacing(false);
        return buttons;
    }

    private static Button iconButton(VaadinIcon icon, String label, ComponentEventListener<ClickEvent<Button>> clicked) {
        Button button = new Button(icon.create(), clicked);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    /** Shows that a row can be dragged. */
    private static Icon dragHandle() {
        Icon handle = VaadinIcon.LINES.create();
        handle.setSize("var(--lumo-icon-size-s)");
        handle.getStyle().set("color", "var(--lumo-secondary-text-color)").set("cursor", "grab");
        return handle;
    }

    private Span kindBadge(StageView stage) {
        Span badge = new Span(getTranslation("pipelines.kind." + stage.kind().name()));
        badge.getElement().getThemeList().add(switch (stage.kind()) {
            case WON -> "badge success";
            case LOST -> "badge error";
            case OPEN -> "badge contrast";
        });
        return badge;
    }
}

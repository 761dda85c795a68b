package com.leadwire.admin.sources;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.leadwire.admin.MainLayout;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Where leads come from: every source with its kind and where its deals enter, an empty state
 * that says what a source is, and "New source", which asks for the kind and opens its editor.
 */
@Route(value = "sources", layout = MainLayout.class)
@PageTitle("Leadwire – Sources")
@RolesAllowed("ADMIN")
class SourcesView extends VerticalLayout {

    final Grid<SourceView> grid = new Grid<>();
    final VerticalLayout empty = new VerticalLayout();
    final Button create = new Button(getTranslation("sources.new"), VaadinIcon.PLUS.create());
    /** The open "which kind?" dialog, for tests. */
    Dialog kinds;

    SourcesView(Sources sources, Pipelines pipelines) {
        setWidthFull();
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> chooseKind());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("sources.title")), create);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        List<PipelineView> allPipelines = pipelines.all();
        Map<Long, PipelineView> pipelineOfStage = allPipelines.stream()
                .flatMap(pipeline -> pipeline.stages().stream().map(stage -> Map.entry(stage.id(), pipeline)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<Long, PipelineView> pipelineById = allPipelines.stream().collect(Collectors.toMap(PipelineView::id, Function.identity()));
        grid.addColumn(SourceView::name).setKey("name").setHeader(getTranslation("sources.name")).setFlexGrow(3);
        grid.addColumn(source -> getTranslation("sources.kind." + source.kind())).setKey("kind").setHeader(getTranslation("sources.kind"))
                .setAutoWidth(true);
        grid.addColumn(SourceView::key).setKey("key").setHeader(getTranslation("sources.key")).setAutoWidth(true);
        grid.addColumn(source -> placementOf(source, pipelineById, pipelineOfStage)).setKey("enters").setHeader(getTranslation("sources.enters"))
                .setFlexGrow(2);
        grid.addComponentColumn(source -> {
            Span state = new Span(getTranslation(source.active() ? "sources.active" : "sources.inactive"));
            state.getElement().getThemeList().add(source.active() ? "badge success" : "badge contrast");
            return state;
        }).setHeader(getTranslation("sources.state")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::open));

        Button createFirst = new Button(getTranslation("sources.empty.create"), VaadinIcon.PLUS.create(), click -> chooseKind());
        empty.add(new Paragraph(getTranslation("sources.empty")), createFirst);
        empty.setPadding(false);

        List<SourceView> all = sources.all();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
        add(header, empty, grid);
    }

    private String placementOf(SourceView source, Map<Long, PipelineView> pipelineById, Map<Long, PipelineView> pipelineOfStage) {
        Optional<PipelineView> pipeline = Optional.ofNullable(source.stageId()).map(pipelineOfStage::get)
                .or(() -> Optional.ofNullable(source.pipelineId()).map(pipelineById::get));
        if (pipeline.isEmpty()) {
            return getTranslation("sources.enters.default");
        }
        String stage = Optional.ofNullable(source.stageId()).flatMap(id -> pipeline.get().stage(id)).map(found -> " › " + found.name())
                .orElse("");
        return pipeline.get().name() + stage;
    }

    private void open(SourceView source) {
        getUI().ifPresent(ui -> ui.navigate(SourceEditorView.class, String.valueOf(source.id())));
    }

    /** One button per kind, each saying what that kind is for. */
    private void chooseKind() {
        kinds = new Dialog();
        kinds.setHeaderTitle(getTranslation("sources.new.title"));
        VerticalLayout choices = new VerticalLayout();
        choices.setPadding(false);
        for (SourceKind kind : SourceKind.values()) {
            Button choose = new Button(getTranslation("sources.kind." + kind), click -> {
                kinds.close();
                getUI().ifPresent(ui -> ui.navigate(SourceEditorView.class, SourceEditorView.newOf(kind)));
            });
            choose.setMinWidth("12em");
            Span about = new Span(getTranslation("sources.kind." + kind + ".about"));
            about.getStyle().set("color", "var(--lumo-secondary-text-color)");
            HorizontalLayout row = new HorizontalLayout(choose, about);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            choices.add(row);
        }
        choices.setWidth("40em");
        kinds.add(choices);
        kinds.getFooter().add(new Button(getTranslation("sources.cancel"), click -> kinds.close()));
        kinds.open();
    }
}

package com.leadwire.admin.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.leadwire.admin.SelectLabels;
import com.leadwire.imports.CsvPreview;
import com.leadwire.imports.ImportRequest;
import com.leadwire.imports.ImportTargets;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.StageView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * The steps between an uploaded file and its import: one select per CSV column (what the column is,
 * suggested from its header) with the column's first values, the file's first rows, and where the
 * deals go (an import source, or a pipeline and stage).
 */
class ImportSetup extends VerticalLayout {

    private static final int SAMPLE_VALUES = 3;
    private static final int SAMPLE_CHARS = 60;

    /** One per CSV column, in the file's order, labelled with the column's name. */
    final List<Select<String>> targets = new ArrayList<>();
    final Grid<List<String>> preview = new Grid<>();
    final Checkbox createDeals = new Checkbox(getTranslation("imports.setup.createDeals"), true);
    final Select<SourceView> source = new Select<>();
    final Select<PipelineView> pipeline = new Select<>();
    final Select<StageView> stage = new Select<>();
    final Button start = new Button(getTranslation("imports.setup.start"), VaadinIcon.PLAY.create());
    final Button cancel = new Button(getTranslation("imports.setup.cancel"));

    private final CsvPreview file;

    ImportSetup(String fileName, CsvPreview file, ImportTargetChoices choices, List<SourceView> importSources,
                List<PipelineView> pipelines) {
        this.file = file;
        setPadding(false);

        FormLayout columns = new FormLayout();
        columns.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("1000px", 3));
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < file.header().size(); i++) {
            Select<String> target = new Select<>();
            target.setLabel(file.header().get(i).isBlank() ? "#" + (i + 1) : file.header().get(i));
            target.setHelperText(sample(i));
            target.setItems(choices.targets());
            SelectLabels.label(target, choices::label);
            String guess = choices.guess(file.header().get(i));
            target.setValue(ImportTargets.IGNORE.equals(guess) || taken.add(guess) ? guess : ImportTargets.IGNORE);
            target.setItemEnabledProvider(item -> item != null && (createDeals.getValue() || !ImportTargets.fillsTheDeal(item)));
            targets.add(target);
            columns.add(target);
        }

        for (int i = 0; i < file.header().size(); i++) {
            int column = i;
            preview.addColumn(row -> column < row.size() ? row.get(column) : "").setHeader(file.header().get(i)).setAutoWidth(true);
        }
        preview.setItems(file.firstRows());
        preview.setAllRowsVisible(true);
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);

        source.setLabel(getTranslation("imports.setup.source"));
        source.setHelperText(getTranslation("imports.setup.source.help"));
        source.setItems(importSources);
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption(getTranslation("imports.setup.source.none"));
        SelectLabels.label(source, SourceView::name);
        pipeline.setLabel(getTranslation("imports.setup.pipeline"));
        pipeline.setHelperText(getTranslation("imports.setup.placement.help"));
        pipeline.setItems(pipelines);
        pipeline.setEmptySelectionAllowed(true);
        pipeline.setEmptySelectionCaption(getTranslation("imports.setup.placement.auto"));
        SelectLabels.label(pipeline, PipelineView::name);
        stage.setLabel(getTranslation("imports.setup.stage"));
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("imports.setup.placement.auto"));
        SelectLabels.label(stage, StageView::name);
        stage.setEnabled(false);
        pipeline.addValueChangeListener(change -> {
            stage.setItems(change.getValue() == null ? List.of() : change.getValue().stages());
            stage.setEnabled(change.getValue() != null && createDeals.getValue());
        });
        createDeals.addValueChangeListener(change -> dealsChanged(change.getValue()));
        source.setPlaceholder(getTranslation("imports.setup.source.none"));
        pipeline.setPlaceholder(getTranslation("imports.setup.placement.auto"));
        stage.setPlaceholder(getTranslation("imports.setup.placement.auto"));
        List.of(source, pipeline, stage).forEach(select -> select.setWidth("18em"));
        HorizontalLayout placement = new HorizontalLayout(source, pipeline, stage);
        placement.setWrap(true);

        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph rows = new Paragraph(getTranslation("imports.setup.file", fileName, file.totalRows()));
        rows.getStyle().set("margin", "0");
        add(new H3(getTranslation("imports.setup.title")), rows, columns, new H4(getTranslation("imports.setup.preview")), preview,
                new H3(getTranslation("imports.setup.options")), createDeals, placement, new HorizontalLayout(start, cancel));
    }

    /** Without deals, the deal targets and the placement make no sense: they are emptied and disabled. */
    private void dealsChanged(boolean deals) {
        for (Select<String> target : targets) {
            String chosen = target.getValue();
            target.getDataProvider().refreshAll();
            target.setValue(!deals && chosen != null && ImportTargets.fillsTheDeal(chosen) ? ImportTargets.IGNORE : chosen);
        }
        if (!deals) {
            pipeline.clear();
        }
        pipeline.setEnabled(deals);
        stage.setEnabled(deals && pipeline.getValue() != null);
    }

    private String sample(int column) {
        String values = file.firstRows().stream().filter(row -> column < row.size()).map(row -> row.get(column).strip())
                .filter(value -> !value.isEmpty()).limit(SAMPLE_VALUES).collect(Collectors.joining(", "));
        if (values.isEmpty()) {
            return getTranslation("imports.setup.sample.empty");
        }
        return getTranslation("imports.setup.sample", values.length() > SAMPLE_CHARS ? values.substring(0, SAMPLE_CHARS) + "…" : values);
    }

    boolean mapsEmail() {
        return targets.stream().anyMatch(target -> ImportTargets.EMAIL.equals(target.getValue()));
    }

    /** What to import: every column chosen as something, and where its deals go. */
    ImportRequest request(String fileName, String requestedBy) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            String target = Objects.requireNonNullElse(targets.get(i).getValue(), ImportTargets.IGNORE);
            if (!ImportTargets.IGNORE.equals(target)) {
                mapping.put(file.header().get(i), target);
            }
        }
        boolean deals = createDeals.getValue();
        return new ImportRequest(fileName, mapping, source.getValue() == null ? null : source.getValue().key(),
                deals && pipeline.getValue() != null ? pipeline.getValue().id() : null,
                deals && stage.getValue() != null ? stage.getValue().id() : null, deals, requestedBy);
    }
}

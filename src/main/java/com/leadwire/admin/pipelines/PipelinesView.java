package com.leadwire.admin.pipelines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.leadwire.admin.MainLayout;
import com.leadwire.fields.CustomField;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.pipeline.EntryRequirements;
import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.StageDraft;
import com.leadwire.pipeline.StageView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * Where an admin sets up the pipelines: create, rename and delete them; add, edit, reorder and
 * delete their stages; map payment statuses to stages. Every change goes through {@link Pipelines},
 * as the API's do.
 */
@Route(value = "pipelines", layout = MainLayout.class)
@PageTitle("Leadwire – Pipelines")
@RolesAllowed("ADMIN")
class PipelinesView extends VerticalLayout implements StagesGrid.Actions {

    final Button create = new Button(getTranslation("pipelines.new"), VaadinIcon.PLUS.create());
    final Paragraph empty = new Paragraph(getTranslation("pipelines.empty"));
    final Select<PipelineView> pipeline = new Select<>();
    final Button earlier = new Button(VaadinIcon.ARROW_UP.create());
    final Button later = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button rename = new Button(getTranslation("pipelines.rename"), VaadinIcon.EDIT.create());
    final Button delete = new Button(getTranslation("pipelines.delete"), VaadinIcon.TRASH.create());
    final Button addStage = new Button(getTranslation("pipelines.stage.add"), VaadinIcon.PLUS.create());
    final StagesGrid stages = new StagesGrid(this, this::requirementsOf);
    final PaymentStages payments = new PaymentStages(this::savePaymentStage);
    final VerticalLayout chosen = new VerticalLayout();
    /** The open dialogs, for tests. */
    PipelineDialog pipelineDialog;
    StageDialog stageDialog;
    DeleteDialog deleteDialog;

    private final Pipelines pipelines;
    private final CustomFields fields;
    private final String actor;
    private Map<Long, Long> dealCounts = Map.of();

    PipelinesView(Pipelines pipelines, CustomFields fields, AuthenticationContext authentication) {
        this.pipelines = pipelines;
        this.fields = fields;
        this.actor = "panel:" + authentication.getPrincipalName().orElse("?");
        setWidthFull();
        setMaxWidth("72em");

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openNewPipeline());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("pipelines.title")), create);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        pipeline.setLabel(getTranslation("pipelines.pipeline"));
        pipeline.setItemLabelGenerator(each -> each == null ? "" : each.name());
        pipeline.setHelperText(getTranslation("pipelines.pipeline.help"));
        pipeline.addValueChangeListener(change -> show(change.getValue()));
        earlier.addClickListener(click -> current().ifPresent(moved -> movePipeline(moved, -1)));
        later.addClickListener(click -> current().ifPresent(moved -> movePipeline(moved, 1)));
        rename.addClickListener(click -> current().ifPresent(this::openRename));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> current().ifPresent(this::confirmDelete));
        HorizontalLayout pipelineBar = new HorizontalLayout(pipeline, earlier, later, rename, delete);
        pipelineBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        addStage.addClickListener(click -> current().ifPresent(this::openNewStage));
        HorizontalLayout stagesHeader = new HorizontalLayout(new H3(getTranslation("pipelines.stages")), addStage);
        stagesHeader.setWidthFull();
        stagesHeader.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        stagesHeader.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        Paragraph stagesHelp = new Paragraph(getTranslation("pipelines.stages.help"));
        Paragraph paymentsHelp = new Paragraph(getTranslation("pipelines.payments.help"));
        List.of(stagesHelp, paymentsHelp).forEach(help -> help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0"));
        chosen.setPadding(false);
        chosen.add(stagesHeader, stagesHelp, stages, new H3(getTranslation("pipelines.payments")), paymentsHelp, payments);

        add(header, empty, pipelineBar, chosen);
        refresh(null);
    }

    /** Reloads the pipelines and shows the one with {@code chosenId}, or the first. */
    private void refresh(Long chosenId) {
        List<PipelineView> all = pipelines.all();
        empty.setVisible(all.isEmpty());
        pipeline.setVisible(!all.isEmpty());
        rename.setVisible(!all.isEmpty());
        earlier.setVisible(all.size() > 1);
        later.setVisible(all.size() > 1);
        delete.setVisible(!all.isEmpty());
        pipeline.setItems(all);
        PipelineView shown = all.stream().filter(each -> chosenId != null && each.id() == chosenId).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        pipeline.setValue(shown);
        show(shown);
    }

    /** Moves a pipeline one place earlier (-1) or later (+1) in the list; the first one takes the deals no source places. */
    private void movePipeline(PipelineView moved, int step) {
        List<Long> order = new ArrayList<>(pipelines.all().stream().map(PipelineView::id).toList());
        int from = order.indexOf(moved.id());
        int to = from + step;
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        if (Refusals.attempt(() -> pipelines.reorder(order))) {
            Refusals.done(getTranslation("pipelines.reordered"));
        }
        refresh(moved.id());
    }

    private void show(PipelineView shown) {
        chosen.setVisible(shown != null);
        if (shown == null) {
            return;
        }
        List<PipelineView> all = pipeline.getListDataView().getItems().toList();
        earlier.setEnabled(!all.isEmpty() && all.get(0).id() != shown.id());
        later.setEnabled(!all.isEmpty() && all.get(all.size() - 1).id() != shown.id());
        earlier.setAriaLabel(getTranslation("pipelines.earlier", shown.name()));
        earlier.setTooltipText(earlier.getAriaLabel().orElse(""));
        later.setAriaLabel(getTranslation("pipelines.later", shown.name()));
        later.setTooltipText(later.getAriaLabel().orElse(""));
        dealCounts = pipelines.dealCounts(shown.id());
        stages.show(shown.stages(), dealCounts);
        payments.show(shown, pipelines.paymentStages(shown.id()));
    }

    private Optional<PipelineView> current() {
        return Optional.ofNullable(pipeline.getValue());
    }

    private void openNewPipeline() {
        pipelineDialog = PipelineDialog.forNew(draft -> {
            PipelineView created = pipelines.create(draft.name(), draft.stages());
            Refusals.done(getTranslation("pipelines.created", created.name()));
            refresh(created.id());
        });
        pipelineDialog.open();
    }

    private void openRename(PipelineView renamed) {
        pipelineDialog = PipelineDialog.forRename(renamed, draft -> {
            PipelineView now = pipelines.rename(renamed.id(), draft.name());
            Refusals.done(getTranslation("pipelines.renamed", now.name()));
            refresh(now.id());
        });
        pipelineDialog.open();
    }

    private void confirmDelete(PipelineView deleted) {
        long deals = dealCounts.values().stream().mapToLong(Long::longValue).sum();
        List<PipelineView> others = pipelines.all().stream().filter(other -> other.id() != deleted.id()).toList();
        deleteDialog = new DeleteDialog(getTranslation("pipelines.delete.title", deleted.name()), getTranslation("pipelines.delete.text"),
                deals, DeleteDialog.Target.of(others), target -> {
                    pipelines.delete(deleted.id(), target, actor);
                    Refusals.done(getTranslation("pipelines.deleted", deleted.name()));
                    refresh(null);
                });
        deleteDialog.open();
    }

    private void openNewStage(PipelineView into) {
        stageDialog = new StageDialog(into, null, dealFields(), change -> {
            PipelineView now = pipelines.addStage(into.id(), new StageDraft(change.name(), change.kind(), change.requirements()));
            Refusals.done(getTranslation("pipelines.stage.added", change.name().strip()));
            refresh(now.id());
        });
        stageDialog.open();
    }

    @Override
    public void edit(StageView stage) {
        current().ifPresent(into -> {
            stageDialog = new StageDialog(into, stage, dealFields(), change -> {
                PipelineView now = pipelines.updateStage(into.id(), stage.id(), change);
                Refusals.done(getTranslation("pipelines.stage.saved", change.name().strip()));
                refresh(now.id());
            });
            stageDialog.open();
        });
    }

    @Override
    public void delete(StageView stage) {
        current().ifPresent(from -> {
            // the stage's own pipeline first: that is where its deals usually go
            List<PipelineView> ordered = Stream.concat(Stream.of(from), pipelines.all().stream().filter(other -> other.id() != from.id()))
                    .toList();
            List<DeleteDialog.Target> targets = DeleteDialog.Target.of(ordered).stream()
                    .filter(target -> target.stage().id() != stage.id()).toList();
            deleteDialog = new DeleteDialog(getTranslation("pipelines.stage.delete.title", stage.name()),
                    getTranslation("pipelines.stage.delete.text"), dealCounts.getOrDefault(stage.id(), 0L), targets, target -> {
                        pipelines.deleteStage(from.id(), stage.id(), target, actor);
                        Refusals.done(getTranslation("pipelines.stage.deleted", stage.name()));
                        refresh(from.id());
                    });
            deleteDialog.open();
        });
    }

    @Override
    public void reorder(List<StageView> newOrder) {
        current().ifPresent(into -> {
            if (Refusals.attempt(() -> pipelines.reorderStages(into.id(), newOrder.stream().map(StageView::id).toList()))) {
                Refusals.done(getTranslation("pipelines.reordered"));
            }
            refresh(into.id());
        });
    }

    private boolean savePaymentStage(PaymentStatus status, StageView stage) {
        Optional<PipelineView> into = current();
        if (into.isEmpty()) {
            return false;
        }
        boolean saved = Refusals.attempt(() -> pipelines.setPaymentStage(into.get().id(), status, stage == null ? null : stage.id()));
        if (saved) {
            String statusLabel = getTranslation("pipelines.payment." + status.name());
            Refusals.done(stage == null ? getTranslation("pipelines.payments.cleared", statusLabel)
                    : getTranslation("pipelines.payments.saved", statusLabel, stage.name()));
        }
        return saved;
    }

    private List<CustomField> dealFields() {
        return fields.of(FieldScope.DEAL);
    }

    /** A stage's entry requirements in words: the stages by name, the fields by their labels. */
    private String requirementsOf(StageView stage) {
        EntryRequirements requirements = stage.requirements();
        PipelineView of = pipeline.getValue();
        List<String> parts = new ArrayList<>();
        if (!requirements.fromStages().isEmpty()) {
            parts.add(getTranslation("pipelines.stage.requirements.from", stageNames(of, requirements.fromStages())));
        }
        if (!requirements.visitedStages().isEmpty()) {
            parts.add(getTranslation("pipelines.stage.requirements.visited", stageNames(of, requirements.visitedStages())));
        }
        if (!requirements.fields().isEmpty()) {
            Map<String, String> labels = dealFields().stream()
                    .collect(Collectors.toMap(CustomField::name, field -> field.label(getLocale())));
            parts.add(getTranslation("pipelines.stage.requirements.fields",
                    requirements.fields().stream().map(field -> labels.getOrDefault(field, field)).collect(Collectors.joining(", "))));
        }
        return parts.isEmpty() ? getTranslation("pipelines.stage.requirements.none") : String.join(" · ", parts);
    }

    private static String stageNames(PipelineView of, List<Long> stageIds) {
        return stageIds.stream().map(id -> of == null ? null : of.stage(id).map(StageView::name).orElse(null))
                .filter(name -> name != null).collect(Collectors.joining(", "));
    }
}

package com.leadwire.admin.pipelines;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.EntryRequirements;
import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.StageDraft;
import com.leadwire.pipeline.StageKind;
import com.leadwire.pipeline.StageView;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;

@OnH2
class PipelinesViewIntegrationTests extends PanelTestSupport {

    @Autowired
    Pipelines pipelines;

    @Autowired
    Deals deals;

    private PipelinesView opened() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("pipelines");
        return _get(PipelinesView.class);
    }

    private PipelineView newPipeline(String... stageNames) {
        List<StageDraft> stages = Arrays.stream(stageNames).map(name -> new StageDraft(name, StageKind.OPEN)).toList();
        return pipelines.create(Unique.key("Vendas"), stages);
    }

    /** Opens the view on the given pipeline. */
    private PipelinesView openedOn(PipelineView pipeline) {
        PipelinesView view = opened();
        _setValue(view.pipeline, view.pipeline.getListDataView().getItems().filter(each -> each.id() == pipeline.id()).findFirst()
                .orElseThrow());
        return view;
    }

    private PipelineView reloaded(PipelineView pipeline) {
        return pipelines.find(pipeline.id()).orElseThrow();
    }

    private static List<String> names(PipelineView pipeline) {
        return pipeline.stages().stream().map(StageView::name).toList();
    }

    private static StageView stage(PipelineView pipeline, String name) {
        return pipeline.stages().stream().filter(stage -> stage.name().equals(name)).findFirst().orElseThrow();
    }

    private static Button rowButton(PipelinesView view, int row, int index) {
        return (Button) ((HorizontalLayout) _getCellComponent(view.stages, row, "actions")).getComponentAt(index);
    }

    private long newDealIn(PipelineView pipeline) throws Exception {
        var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals", """
                {"contact": {"email": "%s"}, "deal": {"pipelineId": %d}}""".formatted(Unique.email("etapa"), pipeline.id()));
        assertThat(created.statusCode()).isEqualTo(201);
        return new ObjectMapper().readTree(created.body()).get("dealId").asLong();
    }

    @Test
    void anAdminCreatesAPipelineWithItsFirstStageAndTheWonAndLostStages() {
        PipelinesView view = opened();
        String name = Unique.key("Parcerias");

        _click(view.create);
        _setValue(view.pipelineDialog.name, name);
        _setValue(view.pipelineDialog.firstStage, "Contato");
        _click(view.pipelineDialog.save);

        PipelineView created = pipelines.findByName(name).orElseThrow();
        assertThat(created.stages()).extracting(StageView::name, StageView::kind)
                .containsExactly(tuple("Contato", StageKind.OPEN), tuple("Won", StageKind.WON), tuple("Lost", StageKind.LOST));
        assertThat(view.pipelineDialog.isOpened()).isFalse();
        assertThat(view.pipeline.getValue().id()).isEqualTo(created.id());
        assertThat(view.stages.getListDataView().getItems().map(StageView::name)).containsExactly("Contato", "Won", "Lost");
        expectNotifications("Pipeline " + name + " created");
    }

    @Test
    void aPipelineIsRenamedAndATakenNameIsRefusedOnTheField() {
        PipelineView pipeline = newPipeline("Lead");
        PipelinesView view = openedOn(pipeline);

        _click(view.rename);
        _setValue(view.pipelineDialog.name, "autocloud");
        _click(view.pipelineDialog.save);
        assertThat(view.pipelineDialog.isOpened()).isTrue();
        assertThat(view.pipelineDialog.name.isInvalid()).isTrue();
        assertThat(view.pipelineDialog.name.getErrorMessage()).isEqualTo("There is already a pipeline named autocloud.");

        String renamed = Unique.key("Renovações");
        _setValue(view.pipelineDialog.name, renamed);
        _click(view.pipelineDialog.save);

        assertThat(reloaded(pipeline).name()).isEqualTo(renamed);
        assertThat(view.pipeline.getValue().name()).isEqualTo(renamed);
        expectNotifications("Pipeline renamed to " + renamed);
    }

    @Test
    void aStageIsAddedAndItsKindChanged() {
        PipelineView pipeline = newPipeline("Lead");
        PipelinesView view = openedOn(pipeline);

        _click(view.addStage);
        _setValue(view.stageDialog.name, "Proposta");
        _click(view.stageDialog.save);
        assertThat(names(reloaded(pipeline))).containsExactly("Lead", "Proposta");

        _click(rowButton(view, 1, 2));
        assertThat(view.stageDialog.name.getValue()).isEqualTo("Proposta");
        _setValue(view.stageDialog.kind, StageKind.WON);
        _click(view.stageDialog.save);

        assertThat(stage(reloaded(pipeline), "Proposta").kind()).isEqualTo(StageKind.WON);
        assertThat(((Span) _getCellComponent(view.stages, 1, "kind")).getText()).isEqualTo("Won");
        expectNotifications("Stage Proposta added", "Stage Proposta saved");
    }

    @Test
    void theArrowButtonsReorderTheStagesFromTheKeyboard() {
        PipelineView pipeline = newPipeline("Um", "Dois", "Três");
        PipelinesView view = openedOn(pipeline);
        assertThat(rowButton(view, 0, 0).isEnabled()).as("the first stage cannot move up").isFalse();
        assertThat(rowButton(view, 0, 0).getAriaLabel()).contains("Move Um up");

        _click(rowButton(view, 0, 1));
        assertThat(names(reloaded(pipeline))).containsExactly("Dois", "Um", "Três");
        _click(rowButton(view, 2, 0));

        assertThat(names(reloaded(pipeline))).containsExactly("Dois", "Três", "Um");
        assertThat(view.stages.getListDataView().getItems().map(StageView::name)).containsExactly("Dois", "Três", "Um");
        assertThat(rowButton(view, 2, 1).isEnabled()).as("the last stage cannot move down").isFalse();
    }

    @Test
    void aPipelineMovesUpTheListFromTheKeyboard() {
        PipelineView before = newPipeline("Lead");
        PipelineView moved = newPipeline("Lead");
        PipelinesView view = openedOn(moved);
        assertThat(view.later.isEnabled()).as("the last pipeline cannot move down").isFalse();

        _click(view.earlier);

        List<Long> order = pipelines.all().stream().map(PipelineView::id).toList();
        assertThat(order.indexOf(moved.id())).isEqualTo(order.indexOf(before.id()) - 1);
        assertThat(order.get(0)).isEqualTo(pipelines.findByName("autocloud").orElseThrow().id());
        assertThat(view.pipeline.getValue().id()).isEqualTo(moved.id());
        assertThat(view.later.isEnabled()).isTrue();
        expectNotifications("New order saved");
    }

    @Test
    void aPaymentStatusIsMappedToAStageAndCleared() {
        PipelineView pipeline = newPipeline("Lead", "Pago");
        PipelinesView view = openedOn(pipeline);

        _setValue(view.payments.stageOf.get(PaymentStatus.SUCCEEDED), stage(pipeline, "Pago"));
        assertThat(pipelines.paymentStages(pipeline.id())).containsEntry(PaymentStatus.SUCCEEDED, stage(pipeline, "Pago").id());
        _setValue(view.payments.stageOf.get(PaymentStatus.SUCCEEDED), null);

        assertThat(pipelines.paymentStages(pipeline.id())).doesNotContainKey(PaymentStatus.SUCCEEDED);
        expectNotifications("Saved: Payment succeeded → Pago", "Saved: Payment succeeded no longer moves the deal");
    }

    @Test
    void deletingAStageAsksWhereItsDealsGoAndMovesThem() throws Exception {
        PipelineView pipeline = newPipeline("Entrada", "Qualificado");
        long dealId = newDealIn(pipeline);
        PipelinesView view = openedOn(pipeline);
        assertThat(_getFormatted(view.stages, 0, "deals")).isEqualTo("1");

        _click(rowButton(view, 0, 3));
        assertThat(view.deleteDialog.target.isVisible()).isTrue();
        _click(view.deleteDialog.delete);
        assertThat(view.deleteDialog.target.isInvalid()).isTrue();
        assertThat(view.deleteDialog.isOpened()).isTrue();
        assertThat(view.deleteDialog.target.getListDataView().getItems().map(DeleteDialog.Target::label).findFirst())
                .contains(pipeline.name() + " › Qualificado");

        _setValue(view.deleteDialog.target, view.deleteDialog.target.getListDataView().getItems().findFirst().orElseThrow());
        _click(view.deleteDialog.delete);

        assertThat(names(reloaded(pipeline))).containsExactly("Qualificado");
        assertThat(deals.find(dealId).orElseThrow().stageName()).isEqualTo("Qualificado");
        assertThat(deals.history(dealId).get(deals.history(dealId).size() - 1).actor()).isEqualTo("panel:admin");
        expectNotifications("Stage Entrada deleted");
    }

    @Test
    void deletingAPipelineAsksFirstAndMovesItsDealsToAStageOfAnotherPipeline() throws Exception {
        PipelineView pipeline = newPipeline("Lead");
        long dealId = newDealIn(pipeline);
        PipelinesView view = openedOn(pipeline);

        _click(view.delete);
        assertThat(view.deleteDialog.getHeaderTitle()).isEqualTo("Delete pipeline " + pipeline.name() + "?");
        assertThat(view.deleteDialog.target.getListDataView().getItems().map(DeleteDialog.Target::label))
                .contains("autocloud › LEAD").noneMatch(label -> label.startsWith(pipeline.name()));
        _setValue(view.deleteDialog.target, view.deleteDialog.target.getListDataView().getItems()
                .filter(target -> target.label().equals("autocloud › LEAD")).findFirst().orElseThrow());
        _click(view.deleteDialog.delete);

        assertThat(pipelines.find(pipeline.id())).isEmpty();
        assertThat(deals.find(dealId).orElseThrow().pipelineName()).isEqualTo("autocloud");
        assertThat(view.pipeline.getListDataView().getItems().map(PipelineView::id)).doesNotContain(pipeline.id());
        expectNotifications("Pipeline " + pipeline.name() + " deleted");
    }

    @Test
    void aStagesEntryRequirementsAreChosenByNameAndShownInWords() {
        PipelineView pipeline = newPipeline("Lead", "Apresentação", "Credenciamento", "Avaliação");
        PipelinesView view = openedOn(pipeline);

        _click(rowButton(view, 3, 2));
        StageDialog dialog = view.stageDialog;
        assertThat(dialog.fromStages.getListDataView().getItems().map(StageView::name)).containsExactly("Lead", "Apresentação",
                "Credenciamento");
        _setValue(dialog.fromStages, Set.of(stage(pipeline, "Credenciamento")));
        _setValue(dialog.visitedStages, Set.of(stage(pipeline, "Apresentação")));
        dialog.choose("cnpj");
        _click(dialog.save);

        EntryRequirements saved = stage(reloaded(pipeline), "Avaliação").requirements();
        assertThat(saved.fromStages()).containsExactly(stage(pipeline, "Credenciamento").id());
        assertThat(saved.visitedStages()).containsExactly(stage(pipeline, "Apresentação").id());
        assertThat(saved.fields()).containsExactly("cnpj");
        assertThat(_getFormatted(view.stages, 3, "requirements"))
                .isEqualTo("Only from: Credenciamento · After: Apresentação · Fields filled in: cnpj");
        assertThat(_getFormatted(view.stages, 0, "requirements")).isEqualTo("None");
    }

    /** A pipeline whose second stage is where a successful payment's deal goes: that stage cannot be deleted. */
    private PipelineView pipelineWithAPaidStage() {
        PipelineView pipeline = newPipeline("Lead", "Pago");
        pipelines.setPaymentStage(pipeline.id(), PaymentStatus.SUCCEEDED, stage(pipeline, "Pago").id());
        return pipeline;
    }

    @Test
    void aRefusalIsShownAsANotificationAndChangesNothing() {
        PipelineView pipeline = pipelineWithAPaidStage();
        PipelinesView view = openedOn(pipeline);

        _click(rowButton(view, 1, 3));
        _click(view.deleteDialog.delete);

        expectNotifications("Sources, placement rules or the payment settings still use this stage. Change them first.");
        assertThat(names(reloaded(pipeline))).containsExactly("Lead", "Pago");
    }

    @Test
    void theViewSpeaksPortuguese() {
        PipelineView pipeline = pipelineWithAPaidStage();
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pt-BR"));
        UI.getCurrent().navigate("pipelines");
        PipelinesView view = _get(PipelinesView.class);

        assertThat(_get(view, H2.class).getText()).isEqualTo("Funis de vendas");
        assertThat(view.create.getText()).isEqualTo("Novo funil");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Funis");
        _setValue(view.pipeline, view.pipeline.getListDataView().getItems().filter(each -> each.id() == pipeline.id()).findFirst()
                .orElseThrow());
        assertThat(((Span) _getCellComponent(view.stages, 0, "kind")).getText()).isEqualTo("Aberta");
        assertThat(view.payments.stageOf.get(PaymentStatus.SUCCEEDED).getLabel()).isEqualTo("Pagamento aprovado");
        _click(rowButton(view, 1, 3));
        _click(view.deleteDialog.delete);
        expectNotifications("Fontes, regras de distribuição ou as configurações de pagamento ainda usam esta etapa. Altere-as antes.");
        clearNotifications();

        _click(view.create);
        assertThat(view.pipelineDialog.firstStage.getValue()).isEqualTo("Novo");
        assertThat(view.pipelineDialog.wonAndLost.getLabel()).isEqualTo("Adicionar também as etapas \"Ganho\" e \"Perdido\"");
    }
}

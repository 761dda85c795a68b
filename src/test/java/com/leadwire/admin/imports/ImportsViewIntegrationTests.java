package com.leadwire.admin.imports;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.leadwire.fields.CustomField;
import com.leadwire.fields.CustomFieldDraft;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.fields.FieldType;
import com.leadwire.imports.ImportJobView;
import com.leadwire.imports.ImportJobs;
import com.leadwire.imports.ImportState;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.StageDraft;
import com.leadwire.pipeline.StageKind;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

@OnH2
class ImportsViewIntegrationTests extends PanelTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    ImportJobs imports;

    @Autowired
    CustomFields fields;

    @Autowired
    Pipelines pipelines;

    private CustomField channel;

    @AfterEach
    void removeField() {
        if (channel != null) {
            fields.delete(channel.id());
        }
    }

    private ImportsView opened(Locale locale) {
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("imports");
        return _get(ImportsView.class);
    }

    private static void upload(ImportsView view, String fileName, byte[] content) {
        _upload(view.upload, fileName, "text/csv", content);
        MockVaadin.clientRoundtrip();
    }

    private static Select<String> column(ImportsView view, String header) {
        return view.setup.targets.stream().filter(select -> header.equals(select.getLabel())).findFirst().orElseThrow();
    }

    private ImportJobView finished(long id) {
        await().atMost(PATIENCE).until(() -> !imports.find(id).inProgress());
        return imports.find(id);
    }

    /** What the browser's poll does every half second while an import runs. */
    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    private String csv(String suffix, int goodRows) {
        return "E-mail;Nome;Canal " + suffix + ";Valor;Observação\n"
                + IntStream.rangeClosed(1, goodRows).mapToObj(i -> "pessoa" + i + "-" + suffix + "@example.com;Pessoa " + i
                        + ";autocloud;1.234,50;ok").collect(Collectors.joining("\n"))
                + "\nnot-an-email;Sem Email;autocloud;10;x\n;Vazio;;;\nx-" + suffix + "@example.com;Valor ruim;autocloud;=1+2;\n";
    }

    private void channelField(String suffix) {
        channel = fields.create(new CustomFieldDraft(FieldScope.DEAL, "canal_" + suffix, FieldType.TEXT, List.of(),
                "Channel " + suffix, "Canal " + suffix, null));
    }

    @Test
    void anUploadedFileShowsEachColumnWithItsGuessedTargetAndTheFirstRows() {
        String suffix = Unique.suffix();
        channelField(suffix);
        ImportsView view = opened(Locale.ENGLISH);
        assertThat(view.setupArea.isVisible()).isFalse();

        upload(view, "contatos.csv", csv(suffix, 8).getBytes(StandardCharsets.UTF_8));

        assertThat(view.setupArea.isVisible()).isTrue();
        assertThat(view.setup.targets).extracting(Select::getLabel).containsExactly("E-mail", "Nome", "Canal " + suffix, "Valor", "Observação");
        assertThat(view.setup.targets).extracting(Select::getValue)
                .containsExactly("email", "name", "fields.canal_" + suffix, "deal.amount", "ignore");
        assertThat(column(view, "Nome").getHelperText()).isEqualTo("e.g. Pessoa 1, Pessoa 2, Pessoa 3");
        assertThat(column(view, "E-mail").getListDataView().getItems().map(target -> column(view, "E-mail").getItemLabelGenerator()
                .apply(target)).toList()).contains("E-mail", "Deal value", "Don't import", "Deal field: Channel " + suffix);
        assertThat(view.setup.preview.getColumns()).hasSize(5);
        assertThat(view.setup.preview.getListDataView().getItems().toList()).hasSize(5)
                .first().isEqualTo(List.of("pessoa1-" + suffix + "@example.com", "Pessoa 1", "autocloud", "1.234,50", "ok"));
        assertThat(view.setup.getElement().getTextRecursively()).doesNotContain("!imports.");
    }

    @Test
    void aStartedImportShowsItsProgressAndItsRejectedRowsDownloadAsCsv() {
        String suffix = Unique.suffix();
        channelField(suffix);
        ImportsView view = opened(Locale.ENGLISH);
        upload(view, "contatos-" + suffix + ".csv", csv(suffix, 20).getBytes(StandardCharsets.UTF_8));

        _click(view.setup.start);

        expectNotifications("Import started: 23 rows");
        assertThat(view.setupArea.isVisible()).isFalse();
        assertThat(view.progress.isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ImportsView.POLL_MILLIS);
        ImportJobView job = finished(view.progress.shownJob());
        assertThat(job.state()).isEqualTo(ImportState.DONE);
        assertThat(job.mapping()).containsEntry("Canal " + suffix, "fields.canal_" + suffix).doesNotContainKey("Observação");

        poll();

        assertThat(view.progress.bar.getValue()).isEqualTo(1.0);
        assertThat(view.progress.counts.getText()).isEqualTo("23 of 23 rows · 20 accepted · 3 rejected");
        assertThat(view.progress.details.getText()).isEqualTo("new contacts: 20 · merged into existing ones: 0 · deals created: 20");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(view.history.getListDataView().getItems().findFirst().orElseThrow().id()).isEqualTo(job.id());
        assertThat(view.noImports.isVisible()).isFalse();
        assertThat(view.progress.rejections.isVisible()).isTrue();
        String rejected = new String(_download(view.progress.rejections), StandardCharsets.UTF_8);
        assertThat(rejected.lines().toList()).containsExactly(
                "\uFEFFrow,field,reason",
                "22,email,not a valid e-mail address: 'not-an-email'",
                "23,email,e-mail is required",
                "24,deal.amount,amount '=1+2' is not a number");
        assertThat(count("SELECT COUNT(*) FROM deal d JOIN contact_email e ON e.contact_id = d.contact_id WHERE e.email = ?",
                "pessoa7-" + suffix + "@example.com")).isOne();
    }

    @Test
    void theDealsGoToTheChosenPipelineAndStage() {
        PipelineView pipeline = pipelines.create(Unique.key("Importados"), List.of(new StageDraft("NOVO", StageKind.OPEN),
                new StageDraft("FRIO", StageKind.OPEN)));
        String email = Unique.email("frio");
        ImportsView view = opened(Locale.ENGLISH);
        upload(view, "frios.csv", ("email,name\n" + email + ",Frio\n").getBytes(StandardCharsets.UTF_8));

        _setValue(view.setup.pipeline, pipeline);
        _setValue(view.setup.stage, pipeline.stages().get(1));
        _click(view.setup.start);

        ImportJobView job = finished(view.progress.shownJob());
        assertThat(job.stageId()).isEqualTo(pipeline.stages().get(1).id());
        assertThat(jdbc.queryForObject("SELECT d.stage_id FROM deal d JOIN contact_email e ON e.contact_id = d.contact_id WHERE e.email = ?",
                Long.class, email)).isEqualTo(pipeline.stages().get(1).id());
    }

    @Test
    void withoutDealsTheDealTargetsAndThePlacementAreOff() {
        ImportsView view = opened(Locale.ENGLISH);
        upload(view, "contatos.csv", "email;valor\na@example.com;10\n".getBytes(StandardCharsets.UTF_8));
        assertThat(column(view, "valor").getValue()).isEqualTo("deal.amount");

        _setValue(view.setup.createDeals, false);

        assertThat(column(view, "valor").getValue()).isEqualTo("ignore");
        assertThat(view.setup.pipeline.isEnabled()).isFalse();
        assertThat(view.setup.request("contatos.csv", "test").mapping()).containsOnlyKeys("email");
        assertThat(view.setup.request("contatos.csv", "test").createDeals()).isFalse();
    }

    @Test
    void aSpreadsheetWorkbookIsRefusedWithTheReasonInANotification() {
        ImportsView view = opened(Locale.ENGLISH);

        upload(view, "contatos.xlsx", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});

        expectNotifications("The file was not accepted: the file is a spreadsheet workbook, not CSV; save it as \"CSV UTF-8\"");
        assertThat(view.setupArea.isVisible()).isFalse();
        assertThat(view.setup).isNull();
    }

    @Test
    void withoutAnEmailColumnTheImportDoesNotStart() {
        String email = Unique.email("sem-coluna");
        ImportsView view = opened(Locale.ENGLISH);
        upload(view, "contatos.csv", ("correio,nome\n" + email + ",Sem\n").getBytes(StandardCharsets.UTF_8));
        assertThat(column(view, "correio").getValue()).isEqualTo("ignore");

        _click(view.setup.start);

        expectNotifications("Choose the column that holds the e-mail: contacts are identified by it.");
        assertThat(view.setupArea.isVisible()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM contact_email WHERE email = ?", email)).isZero();
    }

    @Test
    void aBrazilianReaderGetsTheImportsInPortuguese() {
        String suffix = Unique.suffix();
        channelField(suffix);
        ImportsView view = opened(Locale.forLanguageTag("pt-BR"));
        assertThat(view.getElement().getTextRecursively()).contains("Importar contatos e leads").contains("Importações anteriores");

        upload(view, "contatos.csv", csv(suffix, 2).getBytes(StandardCharsets.UTF_8));
        assertThat(view.setup.getElement().getTextRecursively()).contains("Diga o que é cada coluna").contains("Para onde vão os leads");
        assertThat(column(view, "Canal " + suffix).getItemLabelGenerator().apply("fields.canal_" + suffix))
                .isEqualTo("Campo do negócio: Canal " + suffix);
        assertThat(column(view, "Nome").getHelperText()).isEqualTo("ex.: Pessoa 1, Pessoa 2, Sem Email");
        _click(view.setup.start);
        expectNotifications("Importação iniciada: 5 linhas");
        finished(view.progress.shownJob());
        poll();

        assertThat(view.progress.counts.getText()).isEqualTo("5 de 5 linhas · aceitas: 2 · recusadas: 3");
        assertThat(view.progress.title.getText()).isEqualTo("Importação de contatos.csv");
        assertThat(view.getElement().getTextRecursively()).contains("Concluída").contains("Baixar as linhas recusadas (CSV)")
                .doesNotContain("!imports.");
    }

    @Test
    void withNoImportsThePageSaysWhatToDo() {
        jdbc.update("DELETE FROM import_rejected_row");
        jdbc.update("DELETE FROM import_job");

        ImportsView view = opened(Locale.ENGLISH);

        assertThat(view.history.isVisible()).isFalse();
        assertThat(view.noImports.isVisible()).isTrue();
        assertThat(view.noImports.getText()).isEqualTo("No imports yet. Choose a CSV file above to bring in your contacts and leads.");
        assertThat(view.progress.isVisible()).isFalse();
    }
}

package com.leadwire.admin.imports;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.leadwire.admin.MainLayout;
import com.leadwire.admin.PanelTimes;
import com.leadwire.fields.CustomFields;
import com.leadwire.imports.CsvPreview;
import com.leadwire.imports.ImportJobView;
import com.leadwire.imports.ImportJobs;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.shared.UnsupportedContentTypeException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * CSV imports: choose a file, say what each column is (with the file's first rows), start it and
 * watch its progress, download its rejected rows; the past imports below. The panel polls while an
 * import runs, so the bar moves without a reload.
 */
@Route(value = "imports", layout = MainLayout.class)
@PageTitle("Leadwire – Imports")
@RolesAllowed("ADMIN")
class ImportsView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ImportsView.class);
    static final int POLL_MILLIS = 500;
    private static final int PREVIEW_ROWS = 5;
    private static final int HISTORY_SHOWN = 50;
    private static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    final Upload upload = new Upload();
    final VerticalLayout setupArea = new VerticalLayout();
    /** The mapping step of the uploaded file; null before a file is accepted. */
    ImportSetup setup;
    final ImportProgressCard progress;
    final Grid<ImportJobView> history = new Grid<>();
    final Paragraph noImports = new Paragraph(getTranslation("imports.history.empty"));

    private final ImportJobs imports;
    private final CustomFields fields;
    private final Sources sources;
    private final Pipelines pipelines;
    private final String requestedBy;
    private File uploaded;
    private String uploadedName;
    private Registration polling;

    ImportsView(ImportJobs imports, CustomFields fields, Sources sources, Pipelines pipelines, AuthenticationContext authentication) {
        this.imports = imports;
        this.fields = fields;
        this.sources = sources;
        this.pipelines = pipelines;
        this.requestedBy = "panel:" + authentication.getPrincipalName().orElse("?");
        this.progress = new ImportProgressCard(imports);
        setWidthFull();
        setMaxWidth("1200px");

        upload.setUploadHandler(UploadHandler.toFile(this::uploaded,
                metadata -> Files.createTempFile("leadwire-panel-import-", ".csv").toFile()));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(rejected -> refused(rejected.getErrorMessage()));
        setupArea.setPadding(false);
        setupArea.setVisible(false);

        history.addColumn(job -> PanelTimes.shortDateTime(job.createdAt(), getLocale())).setHeader(getTranslation("imports.history.when"))
                .setAutoWidth(true);
        history.addColumn(ImportJobView::fileName).setHeader(getTranslation("imports.history.file")).setAutoWidth(true)
                .setFlexGrow(2).setTooltipGenerator(ImportJobView::fileName);
        history.addColumn(job -> getTranslation("imports.state." + job.state().name())).setHeader(getTranslation("imports.history.state"))
                .setAutoWidth(true);
        history.addColumn(job -> getTranslation("imports.history.rowsDone", job.rowsDone(), job.totalRows()))
                .setHeader(getTranslation("imports.history.rows")).setAutoWidth(true);
        history.addColumn(job -> job.created() + job.merged()).setHeader(getTranslation("imports.history.accepted")).setAutoWidth(true);
        history.addColumn(ImportJobView::rejected).setHeader(getTranslation("imports.history.rejected")).setAutoWidth(true);
        history.addColumn(ImportJobView::dealsCreated).setHeader(getTranslation("imports.history.deals")).setAutoWidth(true);
        history.addColumn(ImportJobView::requestedBy).setHeader(getTranslation("imports.history.by")).setAutoWidth(true);
        history.setAllRowsVisible(true);
        history.asSingleSelect().addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                follow(change.getValue());
            }
        });

        Paragraph intro = new Paragraph(getTranslation("imports.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        add(new H2(getTranslation("imports.title")), intro, new H3(getTranslation("imports.upload.title")), upload, setupArea, progress,
                new H3(getTranslation("imports.history.title")), noImports, history);
        showHistory();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        imports.recent(1).stream().filter(ImportJobView::inProgress).findFirst().ifPresent(this::follow);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopPolling(detach.getUI());
        forgetUpload();
    }

    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("imports.upload.button"))
                        .setMany(getTranslation("imports.upload.button")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("imports.upload.drop"))
                        .setMany(getTranslation("imports.upload.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("imports.upload.tooBig"))
                        .setIncorrectFileType(getTranslation("imports.upload.wrongType"))
                        .setTooManyFiles(getTranslation("imports.upload.tooMany")));
    }

    /** Runs under the UI's lock once the file is on disk: checks it and shows the mapping step. */
    private void uploaded(UploadMetadata metadata, File file) {
        forgetUpload();
        upload.clearFileList();
        CsvPreview preview = refusalShown(() -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                return imports.preview(in, PREVIEW_ROWS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "imports.refused");
        if (preview == null) {
            delete(file);
            return;
        }
        uploaded = file;
        uploadedName = metadata.fileName();
        setup = new ImportSetup(uploadedName, preview, new ImportTargetChoices(fields.all(), getLocale()), importSources(),
                pipelines.all());
        setup.start.addClickListener(click -> start());
        setup.cancel.addClickListener(click -> forgetUpload());
        setupArea.removeAll();
        setupArea.add(setup);
        setupArea.setVisible(true);
        log.info("Import file '{}' uploaded in the panel by {}: {} rows, columns {}", uploadedName, requestedBy, preview.totalRows(),
                preview.header());
    }

    private List<SourceView> importSources() {
        return sources.all().stream().filter(source -> source.kind() == SourceKind.IMPORT && source.active()).toList();
    }

    private void start() {
        if (!setup.mapsEmail()) {
            notify(getTranslation("imports.setup.noEmail"), NotificationVariant.LUMO_ERROR);
            return;
        }
        File file = uploaded;
        ImportJobView job = refusalShown(() -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                return imports.start(setup.request(uploadedName, requestedBy), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "imports.notStarted");
        if (job == null) {
            return;
        }
        forgetUpload();
        notify(getTranslation("imports.progress.started", job.totalRows()), NotificationVariant.LUMO_SUCCESS);
        showHistory();
        follow(job);
    }

    /** The service's answer, or null after showing why it refused. */
    private <T> T refusalShown(Supplier<T> call, String messageKey) {
        try {
            return call.get();
        } catch (InvalidInputException | UnsupportedContentTypeException | NotFoundException | ConflictException e) {
            refused(getTranslation(messageKey, e.getMessage()));
            return null;
        }
    }

    private void refused(String message) {
        notify(message, NotificationVariant.LUMO_ERROR);
    }

    private void notify(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, variant == NotificationVariant.LUMO_ERROR ? 8000 : 4000,
                Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    /** Shows the import and, while it runs, polls for its progress. */
    private void follow(ImportJobView job) {
        progress.show(job);
        if (job.inProgress()) {
            getUI().ifPresent(this::startPolling);
        }
    }

    private void startPolling(UI ui) {
        if (polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(poll -> refresh());
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    private void refresh() {
        ImportJobView job = imports.find(progress.shownJob());
        progress.show(job);
        showHistory();
        if (!job.inProgress()) {
            getUI().ifPresent(this::stopPolling);
        }
    }

    private void showHistory() {
        List<ImportJobView> jobs = imports.recent(HISTORY_SHOWN);
        history.setItems(jobs);
        history.recalculateColumnWidths();
        history.setVisible(!jobs.isEmpty());
        noImports.setVisible(jobs.isEmpty());
    }

    private void forgetUpload() {
        if (uploaded != null) {
            delete(uploaded);
            uploaded = null;
        }
        setup = null;
        setupArea.removeAll();
        setupArea.setVisible(false);
    }

    private static void delete(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}: {}", file, e.toString());
        }
    }
}

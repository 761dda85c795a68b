package com.leadwire.admin.imports;

import com.leadwire.admin.Badges;
import com.leadwire.imports.ImportJobView;
import com.leadwire.imports.ImportJobs;
import com.leadwire.imports.ImportState;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.server.streams.DownloadHandler;

/** One import as it runs or ran: its state, a progress bar of rows done, the counts, and its rejected rows as CSV. */
class ImportProgressCard extends VerticalLayout {

    final H3 title = new H3();
    final HorizontalLayout state = new HorizontalLayout();
    final ProgressBar bar = new ProgressBar(0, 1, 0);
    final Span counts = new Span();
    final Span details = new Span();
    final Paragraph failure = new Paragraph();
    final Anchor rejections = new Anchor();
    final Span noRejections = new Span(getTranslation("imports.rejections.none"));

    private final ImportJobs imports;
    private Long shown;

    ImportProgressCard(ImportJobs imports) {
        this.imports = imports;
        setPadding(true);
        setSpacing(false);
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        title.getStyle().set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(title, state);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.getElement().setAttribute("aria-label", getTranslation("imports.history.rows"));
        details.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        failure.getStyle().set("color", "var(--lumo-error-text-color)");
        Icon download = VaadinIcon.DOWNLOAD_ALT.create();
        download.setSize("var(--lumo-icon-size-s)");
        download.getStyle().set("margin-right", "var(--lumo-space-xs)");
        rejections.add(download, new Span(getTranslation("imports.rejections.download")));
        noRejections.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(header, bar, counts, details, failure, rejections, noRejections);
        setVisible(false);
    }

    Long shownJob() {
        return shown;
    }

    void show(ImportJobView job) {
        if (shown == null || shown != job.id()) {
            shown = job.id();
            rejections.setHref(rejectionsCsv(job.id()), AttachmentType.DOWNLOAD);
        }
        setVisible(true);
        title.setText(getTranslation("imports.progress.title", job.fileName() == null ? "#" + job.id() : job.fileName()));
        state.removeAll();
        String label = getTranslation("imports.state." + job.state().name());
        state.add(job.state() == ImportState.FAILED ? Badges.error(label)
                : job.state() == ImportState.DONE ? Badges.success(label) : Badges.neutral(label));
        bar.setValue(job.totalRows() == 0 ? 0 : Math.min(1, (double) job.rowsDone() / job.totalRows()));
        bar.setIndeterminate(job.state() == ImportState.QUEUED);
        bar.removeThemeVariants(ProgressBarVariant.LUMO_SUCCESS, ProgressBarVariant.LUMO_ERROR);
        if (job.state() == ImportState.DONE) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        } else if (job.state() == ImportState.FAILED) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        }
        counts.setText(getTranslation("imports.progress.counts", job.rowsDone(), job.totalRows(), job.created() + job.merged(),
                job.rejected()));
        details.setText(getTranslation("imports.progress.details", job.created(), job.merged(), job.dealsCreated()));
        failure.setText(job.failure() == null ? "" : getTranslation("imports.progress.failure", job.failure()));
        failure.setVisible(job.failure() != null);
        rejections.setVisible(job.rejected() > 0);
        noRejections.setVisible(job.rejected() == 0 && !job.inProgress());
    }

    private DownloadHandler rejectionsCsv(long id) {
        return event -> {
            event.setFileName("import-" + id + "-rejections.csv");
            event.setContentType("text/csv;charset=UTF-8");
            imports.writeRejectionsCsv(id, event.getOutputStream());
        };
    }
}

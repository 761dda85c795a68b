package com.leadwire.admin.sources;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.admin.MainLayout;
import com.leadwire.admin.PanelAddress;
import com.leadwire.admin.StagePicker;
import com.leadwire.fields.CustomFields;
import com.leadwire.forms.FormSettings;
import com.leadwire.intake.SampleIntake;
import com.leadwire.payments.PaymentEndpoints;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceDraft;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.telegram.BotFlow;
import com.leadwire.telegram.BotLinks;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One source, of any kind: its name and key, where its deals enter, the deal title with a live
 * preview, the kind's own settings (a form's fields, a pop-up's options, a bot flow's questions),
 * a payment provider's secret, what to paste elsewhere, and a test lead. Saved through the same
 * service as the sources API, into the same settings JSON. {@code sources/edit/12} edits source
 * 12, {@code sources/edit/new-form} starts a form.
 */
@Route(value = "sources/edit", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class SourceEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final String NEW = "new-";

    final H2 heading = new H2();
    final TextField name = new TextField();
    final TextField key = new TextField();
    final Checkbox checkout = new Checkbox();
    final Button save = new Button();
    final Button delete = new Button();
    StagePicker placement;
    DealTitlePreview title;
    /** The kind's settings editor (form, pop-up, bot flow); none for the other kinds. */
    SettingsEditor settings;
    SecretSection secret;
    TestSubmission test;
    final VerticalLayout readyToCopy = new VerticalLayout();

    private final Sources sources;
    private final Pipelines pipelines;
    private final CustomFields catalogue;
    private final SampleIntake samples;
    private final PaymentEndpoints payments;
    private final BotLinks botLinks;
    private final ObjectMapper json;
    private final String actor;
    private SourceKind kind;
    private SourceView source;
    private boolean keyTyped;

    SourceEditorView(Sources sources, Pipelines pipelines, CustomFields catalogue, SampleIntake samples, PaymentEndpoints payments,
                     BotLinks botLinks, ObjectMapper json, AuthenticationContext authentication) {
        this.sources = sources;
        this.pipelines = pipelines;
        this.catalogue = catalogue;
        this.samples = samples;
        this.payments = payments;
        this.botLinks = botLinks;
        this.actor = authentication.getPrincipalName().orElse("panel");
        this.json = json.copy().setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
        setWidthFull();
        setMaxWidth("80em");
    }

    static String newOf(SourceKind kind) {
        return NEW + kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String getPageTitle() {
        return "Leadwire – " + getTranslation("sources.title");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            if (parameter != null && parameter.startsWith(NEW)) {
                kind = SourceKind.valueOf(parameter.substring(NEW.length()).toUpperCase(Locale.ROOT));
                source = null;
            } else {
                long id = Long.parseLong(String.valueOf(parameter));
                source = sources.all().stream().filter(found -> found.id() == id).findFirst()
                        .orElseThrow(() -> new NotFoundException("no source " + id));
                kind = source.kind();
            }
        } catch (IllegalArgumentException | NotFoundException unknown) {
            removeAll();
            add(new H2(getTranslation("sources.notFound")), new Button(getTranslation("sources.back"), VaadinIcon.ARROW_LEFT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(SourcesView.class))));
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        keyTyped = source != null;
        heading.setText(source == null ? getTranslation("sources.edit.new", getTranslation("sources.kind." + kind))
                : getTranslation("sources.edit.existing", getTranslation("sources.kind." + kind), source.name()));
        Button back = new Button(getTranslation("sources.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(SourcesView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back, heading, new Paragraph(getTranslation("sources.kind." + kind + ".about")));

        name.setLabel(getTranslation("sources.name"));
        name.setRequiredIndicatorVisible(true);
        name.setWidth("24em");
        name.setValueChangeMode(ValueChangeMode.EAGER);
        name.setValue(source == null ? "" : source.name());
        key.setLabel(getTranslation("sources.key"));
        key.setHelperText(getTranslation("sources.key.help"));
        key.setRequiredIndicatorVisible(true);
        key.setWidth("20em");
        key.setValue(source == null ? "" : source.key());
        name.addValueChangeListener(change -> {
            if (!keyTyped) {
                key.setValue(keyOf(change.getValue()));
            }
            if (title != null) {
                title.refresh();
            }
        });
        key.addValueChangeListener(change -> keyTyped |= change.isFromClient());
        HorizontalLayout basics = new HorizontalLayout(name, key);
        basics.setWrap(true);
        add(basics);

        placement = new StagePicker(pipelines.all());
        placement.select(source == null ? null : source.pipelineId(), source == null ? null : source.stageId());
        add(new H3(getTranslation("sources.placement")), new Paragraph(getTranslation("sources.placement.help")), placement);

        checkout.setLabel(getTranslation("sources.checkout"));
        checkout.setHelperText(getTranslation("sources.checkout.help"));
        checkout.setValue(source != null && source.checkout());
        checkout.setVisible(kind == SourceKind.FORM || kind == SourceKind.POPUP);
        add(checkout);

        title = new DealTitlePreview(sources, catalogue, name::getValue);
        title.template.setValue(source == null || source.dealTitleTemplate() == null ? "" : source.dealTitleTemplate());
        add(new H3(getTranslation("sources.titleTemplate.title")), title);

        settings = settingsEditor();
        if (settings != null) {
            add(settings.component());
        }
        kindNotes();

        save.setText(getTranslation("sources.save"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        delete.setText(getTranslation("sources.delete"));
        delete.setIcon(VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> confirmDelete());
        delete.setVisible(source != null);
        HorizontalLayout actions = new HorizontalLayout(save, delete);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(actions);

        readyToCopy.setPadding(false);
        readyToCopy.removeAll();
        if (source != null) {
            secret = kind == SourceKind.PAYMENT ? new SecretSection(source, payments.providerOf(source), payments.signed(source), sources,
                    actor, rotated -> source = rotated) : null;
            if (secret != null) {
                addComponentAtIndex(indexOf(actions), secret);
            }
            fillReadyToCopy();
            test = new TestSubmission(source.id(), samples);
            add(readyToCopy, test);
        } else {
            add(new Paragraph(getTranslation("sources.saveFirst")));
        }
    }

    private SettingsEditor settingsEditor() {
        return switch (kind) {
            case FORM, POPUP -> new FormEditor(formSettings(), kind == SourceKind.POPUP,
                    targets(FieldTargets.Spelling.FORM), json);
            case TELEGRAM -> new BotFlowEditor(botFlow(), targets(FieldTargets.Spelling.BOT_FLOW), json);
            default -> null;
        };
    }

    private FieldTargets targets(FieldTargets.Spelling spelling) {
        return FieldTargets.of(spelling, catalogue, getLocale(), this::getTranslation);
    }

    private FormSettings formSettings() {
        if (source == null) {
            return FormEditor.starter(getTranslation("sources.starter.name"), getTranslation("sources.starter.email"));
        }
        return read(source.settings(), FormSettings.class).orElse(FormSettings.defaults());
    }

    private BotFlow botFlow() {
        BotFlow starter = BotFlowEditor.starter(getTranslation("sources.starter.nameQuestion"),
                getTranslation("sources.starter.emailQuestion"), getTranslation("sources.starter.confirmation"));
        return source == null ? starter : read(source.settings(), BotFlow.class).orElse(starter);
    }

    /** Stored settings were checked when saved; ones that no longer read start the editor afresh rather than fail it. */
    private <T> Optional<T> read(String stored, Class<T> type) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(stored, type));
        } catch (JsonProcessingException e) {
            Notification.show(getTranslation("sources.settings.unreadable")).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            return Optional.empty();
        }
    }

    /** What the kinds without settings of their own are for. */
    private void kindNotes() {
        if (kind == SourceKind.API || kind == SourceKind.IMPORT) {
            add(new Paragraph(getTranslation("sources.kind." + kind + ".note")));
        }
    }

    private void fillReadyToCopy() {
        readyToCopy.add(new H3(getTranslation("sources.copy.title")));
        String base = PanelAddress.base();
        switch (kind) {
            case FORM, POPUP -> readyToCopy.add(new Paragraph(getTranslation("sources.embed.help")),
                    new CopyBox(getTranslation("sources.embed"), "<script src=\"" + base + "/embed/" + source.key() + ".js\" async></script>"));
            case PAYMENT -> readyToCopy.add(new Paragraph(getTranslation("sources.webhook.help")),
                    new CopyBox(getTranslation("sources.webhook"), base + payments.pathOf(source)));
            case TELEGRAM -> botLinks.deepLink(source.key()).ifPresentOrElse(
                    link -> readyToCopy.add(new Paragraph(getTranslation("sources.deepLink.help")),
                            new CopyBox(getTranslation("sources.deepLink"), link)),
                    () -> readyToCopy.add(new Paragraph(getTranslation("sources.deepLink.botOff", source.key()))));
            case API -> readyToCopy.add(new CopyBox(getTranslation("sources.api.example"), """
                    curl -X POST %s/api/v1/deals -H 'Content-Type: application/json' -H 'X-Api-Key: <your API key>' \\
                      -d '{"source": "%s", "contact": {"email": "ana.souza@example.com", "name": "Ana Souza"}}'"""
                    .formatted(base, source.key())));
            case IMPORT -> readyToCopy.setVisible(false);
        }
    }

    private void save() {
        name.setInvalid(false);
        key.setInvalid(false);
        SourceDraft draft;
        try {
            draft = new SourceDraft(kind, key.getValue().strip(), name.getValue().strip(), placement.pipelineId(), placement.stageId(),
                    FormFieldRow.blankToNull(title.template.getValue()), secret == null ? null : secret.pastedSecret(),
                    settings == null ? (source == null ? null : source.settings()) : settings.settings(),
                    source == null ? List.of() : source.placementRules()).asCheckout(checkout.isVisible() && checkout.getValue());
            SourceView saved = source == null ? sources.create(draft, actor) : sources.update(source.id(), draft, actor);
            Notification.show(getTranslation("sources.saved", saved.name())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (source == null) {
                getUI().ifPresent(ui -> ui.navigate(SourceEditorView.class, String.valueOf(saved.id())));
            } else {
                source = saved;
                build();
            }
        } catch (InvalidInputException refused) {
            refuse(refused.field(), refused.getMessage());
        } catch (ConflictException taken) {
            refuse("key", taken.getMessage());
        } catch (NotFoundException gone) {
            refuse(null, gone.getMessage());
        }
    }

    /** The service's own words, on the field they are about when the form shows it. */
    private void refuse(String field, String message) {
        if ("key".equals(field)) {
            key.setErrorMessage(message);
            key.setInvalid(true);
        } else if ("name".equals(field)) {
            name.setErrorMessage(message);
            name.setInvalid(true);
        } else if ("dealTitleTemplate".equals(field)) {
            title.template.setErrorMessage(message);
            title.template.setInvalid(true);
        }
        Notification.show(getTranslation("sources.refused", message), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("sources.delete.title", source.name()),
                getTranslation("sources.delete.text"), getTranslation("sources.delete"), confirmed -> {
                    sources.delete(source.id(), actor);
                    Notification.show(getTranslation("sources.deleted", source.name()));
                    getUI().ifPresent(ui -> ui.navigate(SourcesView.class));
                }, getTranslation("sources.cancel"), cancelled -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** "Leads – Feirão Digital®" → "leads-feirao-digital". */
    static String keyOf(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return plain.length() > 100 ? plain.substring(0, 100).replaceAll("-+$", "") : plain;
    }
}

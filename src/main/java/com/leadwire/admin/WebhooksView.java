package com.leadwire.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.leadwire.automation.webhooks.WebhookDeliveries;
import com.leadwire.automation.webhooks.WebhookDeliveryStatus;
import com.leadwire.automation.webhooks.WebhookDeliveryView;
import com.leadwire.automation.webhooks.WebhookSecretShown;
import com.leadwire.automation.webhooks.WebhookSubscriptionView;
import com.leadwire.automation.webhooks.WebhookSubscriptions;
import com.leadwire.shared.ConflictException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * Outbound webhooks: the subscriptions with their newest delivery, a dialog to write one, the
 * secret shown once after creation or rotation, and the chosen subscription's deliveries with
 * their attempts and replay.
 */
@Route(value = "webhooks", layout = MainLayout.class)
@PageTitle("Leadwire – Webhooks")
@RolesAllowed("ADMIN")
class WebhooksView extends VerticalLayout {

    private static final int DELIVERIES_SHOWN = 100;

    final Grid<WebhookSubscriptionView> grid = new Grid<>();
    final Paragraph empty = new Paragraph(getTranslation("webhooks.empty"));
    final Button create = new Button(getTranslation("webhooks.new"), VaadinIcon.PLUS.create());
    final Button edit = new Button(getTranslation("webhooks.edit"), VaadinIcon.EDIT.create());
    final Button rotate = new Button(getTranslation("webhooks.rotate"), VaadinIcon.KEY.create());
    final Button delete = new Button(getTranslation("webhooks.delete"), VaadinIcon.TRASH.create());
    final H3 deliveriesTitle = new H3();
    final Grid<WebhookDeliveryView> deliveries = new Grid<>();
    final Paragraph noDeliveries = new Paragraph(getTranslation("webhooks.deliveries.empty"));
    final Button replayAll = new Button(getTranslation("webhooks.replayAll"), VaadinIcon.REFRESH.create());
    final VerticalLayout selected = new VerticalLayout();
    /** The open create/edit dialog, for tests. */
    WebhookDialog dialog;
    /** The open dialog that shows a secret, for tests. */
    Dialog secretDialog;

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveryLog;
    private final String actor;
    private final DateTimeFormatter time;

    WebhooksView(WebhookSubscriptions subscriptions, WebhookDeliveries deliveryLog, AuthenticationContext authentication) {
        this.subscriptions = subscriptions;
        this.deliveryLog = deliveryLog;
        this.actor = "panel:" + authentication.getPrincipalName().orElse("?");
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        setWidthFull();

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openDialog(Optional.empty()));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("webhooks.title")), create);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.addColumn(subscription -> subscription.name() == null ? subscription.url() : subscription.name())
                .setHeader(getTranslation("webhooks.name")).setFlexGrow(2);
        grid.addColumn(WebhookSubscriptionView::url).setHeader(getTranslation("webhooks.url")).setFlexGrow(3)
                .setTooltipGenerator(WebhookSubscriptionView::url);
        grid.addColumn(subscription -> subscription.events().stream().map(event -> getTranslation("webhooks.event." + event.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("webhooks.events")).setFlexGrow(3);
        grid.addColumn(subscription -> getTranslation(subscription.active() ? "webhooks.yes" : "webhooks.no"))
                .setHeader(getTranslation("webhooks.active")).setAutoWidth(true);
        grid.addColumn(subscription -> subscription.lastDelivery() == null ? getTranslation("webhooks.lastDelivery.none")
                        : status(subscription.lastDelivery().status()) + " · " + time(subscription.lastDelivery().at()))
                .setHeader(getTranslation("webhooks.lastDelivery")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> showSelected());

        edit.addClickListener(click -> chosen().ifPresent(subscription -> openDialog(Optional.of(subscription))));
        rotate.addClickListener(click -> chosen().ifPresent(this::confirmRotate));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> chosen().ifPresent(this::confirmDelete));
        replayAll.addClickListener(click -> chosen().ifPresent(this::confirmReplayAll));

        deliveries.addColumn(delivery -> time(delivery.createdAt())).setHeader(getTranslation("webhooks.deliveries.time")).setAutoWidth(true);
        deliveries.addColumn(delivery -> eventLabel(delivery.event())).setHeader(getTranslation("webhooks.deliveries.event"))
                .setAutoWidth(true);
        deliveries.addColumn(delivery -> status(delivery.status())).setHeader(getTranslation("webhooks.deliveries.status"))
                .setAutoWidth(true);
        deliveries.addColumn(WebhookDeliveryView::attemptCount).setHeader(getTranslation("webhooks.deliveries.attempts")).setAutoWidth(true);
        deliveries.addColumn(delivery -> delivery.lastStatusCode() == null ? "" : delivery.lastStatusCode().toString())
                .setHeader(getTranslation("webhooks.deliveries.code")).setAutoWidth(true);
        deliveries.addColumn(delivery -> delivery.lastError() == null ? "" : delivery.lastError())
                .setHeader(getTranslation("webhooks.deliveries.error")).setFlexGrow(3).setTooltipGenerator(WebhookDeliveryView::lastError);
        deliveries.addComponentColumn(this::replayButton).setKey("replay").setAutoWidth(true);
        deliveries.setItemDetailsRenderer(new ComponentRenderer<>(this::attemptsOf));
        deliveries.setAllRowsVisible(true);

        HorizontalLayout actions = new HorizontalLayout(edit, rotate, delete);
        HorizontalLayout deliveriesHeader = new HorizontalLayout(deliveriesTitle, replayAll);
        deliveriesHeader.setWidthFull();
        deliveriesHeader.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        deliveriesHeader.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        selected.setPadding(false);
        selected.add(actions, deliveriesHeader, noDeliveries, deliveries);
        selected.setVisible(false);

        add(header, empty, grid, selected);
        refresh();
    }

    private Optional<WebhookSubscriptionView> chosen() {
        return grid.asSingleSelect().getOptionalValue();
    }

    /** Reloads the list, keeping the chosen subscription chosen. */
    private void refresh() {
        Optional<Long> chosenId = chosen().map(WebhookSubscriptionView::id);
        List<WebhookSubscriptionView> all = subscriptions.all();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
        chosenId.flatMap(id -> all.stream().filter(subscription -> subscription.id() == id).findFirst()).ifPresentOrElse(grid::select,
                this::showSelected);
    }

    private void showSelected() {
        Optional<WebhookSubscriptionView> subscription = chosen();
        selected.setVisible(subscription.isPresent());
        subscription.ifPresent(shown -> {
            deliveriesTitle.setText(getTranslation("webhooks.deliveries.title", shown.name() == null ? shown.url() : shown.name()));
            List<WebhookDeliveryView> recent = deliveryLog.ofSubscription(shown.id(), DELIVERIES_SHOWN);
            deliveries.setItems(recent);
            deliveries.setVisible(!recent.isEmpty());
            noDeliveries.setVisible(recent.isEmpty());
            replayAll.setEnabled(deliveryLog.deadCount(shown.id()) > 0);
        });
    }

    private void openDialog(Optional<WebhookSubscriptionView> editing) {
        dialog = new WebhookDialog(editing, draft -> editing.ifPresentOrElse(
                subscription -> {
                    subscriptions.update(subscription.id(), draft, actor);
                    refresh();
                    Notification.show(getTranslation("webhooks.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                },
                () -> {
                    WebhookSecretShown created = subscriptions.create(draft, null, actor);
                    refresh();
                    grid.select(created.subscription());
                    showSecret(created.secret());
                }));
        dialog.open();
    }

    private void confirmRotate(WebhookSubscriptionView subscription) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("webhooks.rotate.title"), getTranslation("webhooks.rotate.text"),
                getTranslation("webhooks.rotate"), confirmed -> showSecret(subscriptions.rotateSecret(subscription.id(), null, actor).secret()),
                getTranslation("webhooks.cancel"), cancelled -> { });
        confirm.open();
    }

    private void confirmDelete(WebhookSubscriptionView subscription) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("webhooks.delete.title"),
                getTranslation("webhooks.delete.text", subscription.url()), getTranslation("webhooks.delete"), confirmed -> {
                    subscriptions.delete(subscription.id(), actor);
                    grid.asSingleSelect().clear();
                    refresh();
                }, getTranslation("webhooks.cancel"), cancelled -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void confirmReplayAll(WebhookSubscriptionView subscription) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("webhooks.replayAll.title"),
                getTranslation("webhooks.replayAll.text", deliveryLog.deadCount(subscription.id())), getTranslation("webhooks.replayAll"), confirmed -> {
                    int replayed = attempt(() -> deliveryLog.replayDead(subscription.id(), actor)).orElse(0);
                    Notification.show(getTranslation("webhooks.replayed", replayed)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                }, getTranslation("webhooks.cancel"), cancelled -> { });
        confirm.open();
    }

    /** The secret, once: a read-only field to copy it from, and why it will not be shown again. */
    private void showSecret(String secret) {
        secretDialog = new Dialog();
        secretDialog.setHeaderTitle(getTranslation("webhooks.secret.title"));
        TextField shown = new TextField(getTranslation("webhooks.secret"));
        shown.setValue(secret);
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setHelperText(getTranslation("webhooks.secret.copy"));
        Paragraph once = new Paragraph(getTranslation("webhooks.secret.once"));
        VerticalLayout content = new VerticalLayout(once, shown);
        content.setPadding(false);
        content.setWidth("36em");
        secretDialog.add(content);
        Button done = new Button(getTranslation("webhooks.secret.done"), click -> secretDialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        secretDialog.getFooter().add(done);
        secretDialog.open();
    }

    private Button replayButton(WebhookDeliveryView delivery) {
        Button replay = new Button(getTranslation("webhooks.replay"), VaadinIcon.REFRESH.create(), click -> {
            attempt(() -> deliveryLog.replay(delivery.id(), actor)).ifPresent(replayed -> Notification.show(
                    getTranslation("webhooks.replayedOne")).addThemeVariants(NotificationVariant.LUMO_SUCCESS));
            refresh();
        });
        replay.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        replay.setEnabled(delivery.status() != WebhookDeliveryStatus.PENDING);
        return replay;
    }

    private VerticalLayout attemptsOf(WebhookDeliveryView delivery) {
        VerticalLayout attempts = new VerticalLayout();
        attempts.setPadding(false);
        attempts.setSpacing(false);
        if (delivery.attempts().isEmpty()) {
            attempts.add(new Paragraph(getTranslation("webhooks.attempts.none")));
        }
        delivery.attempts().forEach(attempt -> attempts.add(new Paragraph(getTranslation("webhooks.attempt", time(attempt.at()),
                attempt.statusCode() == null ? "–" : attempt.statusCode().toString(), attempt.durationMillis(),
                attempt.error() == null ? "" : attempt.error()))));
        return attempts;
    }

    private <T> Optional<T> attempt(Supplier<T> change) {
        try {
            return Optional.of(change.get());
        } catch (ConflictException refused) {
            Notification.show(getTranslation("webhooks.replay.refused", refused.getMessage()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return Optional.empty();
        }
    }

    private String status(WebhookDeliveryStatus status) {
        return getTranslation("webhooks.status." + status.name());
    }

    private String eventLabel(String event) {
        String label = getTranslation("webhooks.event." + event);
        return label.startsWith("!") ? event : label;
    }

    private String time(Instant at) {
        return at == null ? "" : time.format(at);
    }
}

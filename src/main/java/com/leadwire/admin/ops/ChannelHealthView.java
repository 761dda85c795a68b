package com.leadwire.admin.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.leadwire.admin.Badges;
import com.leadwire.admin.MainLayout;
import com.leadwire.admin.PanelTimes;
import com.leadwire.health.ChannelHealth;
import com.leadwire.health.ChannelHealthReport;
import com.leadwire.health.HealthProblem;
import com.leadwire.health.HealthState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
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
 * How each channel is doing: the Telegram bot, each payment source's signatures, each outbound
 * webhook's deliveries and the outbox backlog, each with an OK / warning badge and what to do.
 */
@Route(value = "health", layout = MainLayout.class)
@PageTitle("Leadwire – Channel health")
@RolesAllowed("ADMIN")
class ChannelHealthView extends VerticalLayout {

    final Span overall = new Span();
    final Button refresh = new Button(getTranslation("ops.outbox.refresh"), VaadinIcon.REFRESH.create());
    final VerticalLayout checks = new VerticalLayout();
    /** One card per check, in the order shown, for tests. */
    final List<Div> cards = new ArrayList<>();

    private final ChannelHealth health;

    ChannelHealthView(ChannelHealth health) {
        this.health = health;
        setWidthFull();
        checks.setPadding(false);
        refresh.addClickListener(click -> show());
        HorizontalLayout top = new HorizontalLayout(overall, refresh);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("ops.health.title")), top, checks);
        show();
    }

    private void show() {
        ChannelHealthReport report = health.report();
        overall.setText(getTranslation(report.state() == HealthState.OK ? "ops.health.allOk" : "ops.health.someWarnings",
                PanelTimes.shortDateTime(report.checkedAt(), getLocale())));
        checks.removeAll();
        cards.clear();

        checks.add(new H3(getTranslation("ops.health.telegram")));
        ChannelHealthReport.Telegram bot = report.telegram();
        checks.add(card(getTranslation("ops.health.telegram.bot"), bot.state(), bot.problem(),
                getTranslation(bot.configured() ? "ops.health.telegram.configured" : "ops.health.telegram.notConfigured"),
                bot.configured() ? getTranslation("ops.health.telegram.mode", bot.mode(),
                        getTranslation(bot.polling() ? "ops.health.yes" : "ops.health.no")) : null,
                bot.configured() ? getTranslation("ops.health.telegram.lastPoll", when(bot.lastPollAt())) : null,
                bot.configured() ? getTranslation("ops.health.telegram.lastUpdate", when(bot.lastUpdateAt())) : null,
                bot.lastError() == null ? null : getTranslation("ops.health.lastError", bot.lastError())));

        checks.add(new H3(getTranslation("ops.health.payments")));
        if (report.payments().isEmpty()) {
            checks.add(new Paragraph(getTranslation("ops.health.payments.none")));
        }
        for (ChannelHealthReport.Payment source : report.payments()) {
            checks.add(card(getTranslation("ops.health.payments.source", source.sourceKey(), source.provider()), source.state(),
                    source.problem(),
                    getTranslation(source.signingSecretConfigured() ? "ops.health.payments.secret" : "ops.health.payments.noSecret"),
                    getTranslation("ops.health.payments.rejected", source.rejectedSignatures(), when(source.lastRejectedAt()))));
        }

        checks.add(new H3(getTranslation("ops.health.webhooks")));
        if (report.webhooks().isEmpty()) {
            checks.add(new Paragraph(getTranslation("ops.health.webhooks.none")));
        }
        for (ChannelHealthReport.Webhook webhook : report.webhooks()) {
            checks.add(card(webhook.name() == null || webhook.name().isBlank() ? webhook.url() : webhook.name(), webhook.state(),
                    webhook.problem(), webhook.url(),
                    getTranslation("ops.health.webhooks.counts", webhook.dead(), webhook.failing()),
                    webhook.lastFailureAt() == null ? null : getTranslation("ops.health.webhooks.lastFailure", when(webhook.lastFailureAt()))));
        }

        checks.add(new H3(getTranslation("ops.health.outbox")));
        ChannelHealthReport.Outbox outbox = report.outbox();
        checks.add(card(getTranslation("ops.health.outbox.backlog"), outbox.state(), outbox.problem(),
                getTranslation("ops.health.outbox.counts", outbox.pending(), outbox.failing(), outbox.dead()),
                outbox.oldestPendingAge() == null ? getTranslation("ops.health.outbox.nothingWaits")
                        : getTranslation("ops.health.outbox.oldest", age(outbox.oldestPendingAge()))));
    }

    private Div card(String title, HealthState state, HealthProblem problem, String... lines) {
        Div card = new Div();
        card.addClassName("health-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        H4 heading = new H4(title);
        heading.getStyle().set("margin", "0");
        HorizontalLayout head = new HorizontalLayout(badge(state), heading);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        card.add(head);
        for (String line : lines) {
            if (line != null) {
                card.add(new Div(new Span(line)));
            }
        }
        if (problem != null) {
            Paragraph advice = new Paragraph(getTranslation("ops.health.advice." + problem.name()));
            advice.addClassName("advice");
            advice.getStyle().set("margin", "var(--lumo-space-xs) 0 0").set("font-weight", "500");
            card.add(advice);
        }
        cards.add(card);
        return card;
    }

    private Span badge(HealthState state) {
        String text = getTranslation("ops.health.state." + state.name());
        return switch (state) {
            case OK -> Badges.success(text);
            case WARNING -> Badges.warning(text);
            case OFF -> Badges.neutral(text);
        };
    }

    private String when(Instant at) {
        return at == null ? getTranslation("ops.health.never") : PanelTimes.shortDateTime(at, getLocale());
    }

    private String age(Duration age) {
        long minutes = age.toMinutes();
        return minutes < 1 ? getTranslation("ops.health.age.seconds", age.toSeconds())
                : minutes < 120 ? getTranslation("ops.health.age.minutes", minutes) : getTranslation("ops.health.age.hours", age.toHours());
    }
}

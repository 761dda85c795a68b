package com.leadwire.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

import com.leadwire.automation.webhooks.WebhookDeliveries;
import com.leadwire.automation.webhooks.WebhookDeliveryHealth;
import com.leadwire.outbox.OutboxAdmin;
import com.leadwire.outbox.OutboxBacklog;
import com.leadwire.payments.PaymentChannelHealth;
import com.leadwire.payments.PaymentChannelStatus;
import com.leadwire.telegram.TelegramChannelHealth;
import com.leadwire.telegram.TelegramHealth;

/** Judges each channel from what its module knows; the panel and the API show the same report. */
@Service
public class ChannelHealth {

    private static final int FAILURES_BEFORE_WARNING = 3;

    private final TelegramHealth telegram;
    private final PaymentChannelHealth payments;
    private final WebhookDeliveries webhooks;
    private final OutboxAdmin outbox;
    private final HealthProperties properties;

    ChannelHealth(TelegramHealth telegram, PaymentChannelHealth payments, WebhookDeliveries webhooks, OutboxAdmin outbox,
                  HealthProperties properties) {
        this.telegram = telegram;
        this.payments = payments;
        this.webhooks = webhooks;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** Judged against the wall clock, as the channels record their times. */
    public ChannelHealthReport report() {
        Instant now = Instant.now();
        ChannelHealthReport.Telegram bot = telegram(telegram.current(), now);
        List<ChannelHealthReport.Payment> payment = payments.channels().stream().map(status -> payment(status, now)).toList();
        List<ChannelHealthReport.Webhook> webhook = webhooks.health().stream().map(ChannelHealth::webhook).toList();
        ChannelHealthReport.Outbox backlog = outbox(outbox.backlog(), now);
        return new ChannelHealthReport(now, ChannelHealthReport.worst(bot, payment, webhook, backlog), bot, payment, webhook, backlog);
    }

    private ChannelHealthReport.Telegram telegram(TelegramChannelHealth bot, Instant now) {
        HealthProblem problem = null;
        if (!bot.enabled()) {
            problem = HealthProblem.TELEGRAM_OFF;
        } else if (bot.failuresSinceSuccess() >= FAILURES_BEFORE_WARNING) {
            problem = HealthProblem.TELEGRAM_FAILING;
        } else if ("polling".equals(bot.mode()) && !bot.polling()) {
            problem = HealthProblem.TELEGRAM_NOT_POLLING;
        } else if ("polling".equals(bot.mode()) && bot.lastSuccessAt() != null
                && bot.lastSuccessAt().isBefore(now.minus(properties.telegramSilence()))) {
            problem = HealthProblem.TELEGRAM_SILENT;
        }
        HealthState state = problem == null ? HealthState.OK
                : problem == HealthProblem.TELEGRAM_OFF ? HealthState.OFF : HealthState.WARNING;
        return new ChannelHealthReport.Telegram(state, problem, advice(problem), bot.enabled(), bot.mode(), bot.polling(),
                bot.lastPollAt(), bot.lastUpdateAt(), bot.failuresSinceSuccess(), bot.lastError());
    }

    private ChannelHealthReport.Payment payment(PaymentChannelStatus source, Instant now) {
        HealthProblem problem = null;
        if (!source.active()) {
            problem = HealthProblem.PAYMENT_SOURCE_INACTIVE;
        } else if (!source.signingSecretConfigured()) {
            problem = HealthProblem.PAYMENT_NO_SECRET;
        } else if (source.lastRejectedAt() != null && source.lastRejectedAt().isAfter(now.minus(properties.rejectionsWindow()))) {
            problem = HealthProblem.PAYMENT_SIGNATURES_REJECTED;
        }
        HealthState state = problem == null ? HealthState.OK
                : problem == HealthProblem.PAYMENT_SOURCE_INACTIVE ? HealthState.OFF : HealthState.WARNING;
        return new ChannelHealthReport.Payment(state, problem, advice(problem), source.provider(), source.sourceKey(), source.active(),
                source.signingSecretConfigured(), source.rejectedSignatures(), source.lastRejectedAt());
    }

    private static ChannelHealthReport.Webhook webhook(WebhookDeliveryHealth subscription) {
        HealthProblem problem = subscription.dead() > 0 ? HealthProblem.WEBHOOK_DEAD
                : subscription.failing() > 0 ? HealthProblem.WEBHOOK_FAILING : null;
        HealthState state = problem != null ? HealthState.WARNING : subscription.active() ? HealthState.OK : HealthState.OFF;
        return new ChannelHealthReport.Webhook(state, problem, advice(problem), subscription.subscriptionId(), subscription.name(),
                subscription.url(), subscription.active(), subscription.dead(), subscription.failing(), subscription.lastFailureAt());
    }

    private ChannelHealthReport.Outbox outbox(OutboxBacklog backlog, Instant now) {
        Duration age = backlog.oldestPendingAt() == null ? null : Duration.between(backlog.oldestPendingAt(), now);
        HealthProblem problem = backlog.dead() > 0 ? HealthProblem.OUTBOX_DEAD
                : age != null && age.compareTo(properties.backlogAge()) > 0 ? HealthProblem.OUTBOX_BACKLOG : null;
        return new ChannelHealthReport.Outbox(problem == null ? HealthState.OK : HealthState.WARNING, problem, advice(problem),
                backlog.pending(), backlog.failing(), backlog.oldestPendingAt(), age, backlog.dead());
    }

    private static String advice(HealthProblem problem) {
        return problem == null ? null : problem.advice();
    }
}

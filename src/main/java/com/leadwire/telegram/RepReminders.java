package com.leadwire.telegram;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.team.TeamMember;
import com.leadwire.telegram.TelegramProperties.Language;

/** Reminders for a rep's own Telegram chat (a task that fell due), queued in the outbox in the caller's transaction. */
@Service
public class RepReminders {

    private final TelegramMessages messages;
    private final BotTexts texts;

    RepReminders(TelegramMessages messages, BotTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    /**
     * Queues "{@code what} is due" for the rep's linked chat; false (nothing queued) when the rep
     * has not linked Telegram. {@code idempotencyKey} names this reminder: queued once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queue(TeamMember rep, String what, Instant dueAt, long dealId, String dealTitle, String idempotencyKey) {
        if (!rep.active() || !rep.telegramLinked()) {
            return false;
        }
        Language language = texts.configured();
        String due = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(language.locale())
                .withZone(ZoneId.systemDefault()).format(dueAt);
        String text = texts.get(language, "reminder.task", what, due, Long.toString(dealId), dealTitle);
        messages.queue(idempotencyKey, new TelegramPayload(rep.telegramChatId(), text, List.of(), null), dealId, null);
        return true;
    }
}

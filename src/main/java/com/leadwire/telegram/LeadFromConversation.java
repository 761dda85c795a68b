package com.leadwire.telegram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.contacts.ContactDetails;
import com.leadwire.intake.Channel;
import com.leadwire.intake.IntakeEvent;
import com.leadwire.intake.IntakeResult;
import com.leadwire.intake.IntakeService;
import com.leadwire.pipeline.DealRequest;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.telegram.BotFlow.FieldTarget;
import com.leadwire.telegram.BotFlow.FlowStep;
import com.leadwire.telegram.TelegramProperties.Language;
import com.samskivert.mustache.Mustache;

/**
 * The end of a conversation: its answers become one intake event, then the conversation is
 * marked completed and the prospect's confirmation is queued, in one transaction. The
 * idempotency key is the update id of the final answer (stored with it), so finishing again
 * after a failure that hid a commit creates nothing twice.
 */
@Component
@ConditionalOnBot
class LeadFromConversation {

    private static final Logger log = LoggerFactory.getLogger(LeadFromConversation.class);
    private static final Mustache.Compiler MUSTACHE = Mustache.compiler().defaultValue("").escapeHTML(false);

    private final IntakeService intake;
    private final ConversationRows rows;
    private final TelegramMessages messages;
    private final TransactionTemplate transaction;
    private final BotReplies replies;
    private final ObjectMapper json;
    private final BotTexts texts;

    LeadFromConversation(IntakeService intake, ConversationRows rows, TelegramMessages messages, TransactionTemplate transaction,
                         BotReplies replies, ObjectMapper json, BotTexts texts) {
        this.intake = intake;
        this.rows = rows;
        this.messages = messages;
        this.transaction = transaction;
        this.replies = replies;
        this.json = json;
        this.texts = texts;
    }

    void finish(Conversation conversation, BotFlow flow, Language language) {
        IntakeResult result;
        try {
            result = intake.accept(event(conversation, flow));
        } catch (InvalidInputException invalid) {
            log.warn("Telegram chat {}: answers of flow '{}' refused by intake: {}", conversation.chatId(),
                    conversation.sourceKey(), invalid.getMessage());
            replies.send(conversation.chatId(), texts.get(language, "answers.refused", invalid.getMessage()), List.of());
            return;
        }
        transaction.executeWithoutResult(status -> {
            rows.save(conversation.completed(result.dealId()));
            messages.queue("telegram-confirmation:" + conversation.chatId() + ":" + result.eventId(),
                    new TelegramPayload(conversation.chatId(), confirmation(flow, conversation), List.of(), null),
                    result.dealId(), result.eventId());
        });
        log.info("Telegram chat {}: flow '{}' completed, event {}, deal {}", conversation.chatId(), conversation.sourceKey(),
                result.eventId(), result.dealId());
    }

    private IntakeEvent event(Conversation conversation, BotFlow flow) {
        return event(flow, conversation.answers(), conversation.sourceKey(), "update-" + conversation.lastUpdateId(),
                payload(conversation), conversation.telegramUserId(), "telegram:" + conversation.telegramUserId());
    }

    /** A flow's answers (by the field each fills) as the intake event of its lead; a source's test sends made-up answers this way. */
    static IntakeEvent event(BotFlow flow, Map<String, String> answers, String sourceKey, String idempotencyKey, String payload,
                             Long telegramUserId, String actor) {
        String email = null;
        String name = null;
        String phone = null;
        Map<String, String> contactFields = new LinkedHashMap<>();
        Map<String, String> dealFields = new LinkedHashMap<>();
        List<String> products = new ArrayList<>();
        for (FlowStep step : flow.steps()) {
            String value = answers.get(step.fills());
            if (value == null) {
                continue;
            }
            FieldTarget target = step.target();
            switch (target.part()) {
                case CONTACT_EMAIL -> email = value;
                case CONTACT_NAME -> name = value;
                case CONTACT_PHONE -> phone = value;
                case CONTACT_FIELD -> contactFields.put(target.name(), value);
                case DEAL_PRODUCTS -> products.addAll(List.of(value.split(", ")));
                case DEAL_FIELD -> dealFields.put(target.name(), value);
            }
        }
        return new IntakeEvent(Channel.TELEGRAM, sourceKey, idempotencyKey, payload,
                new ContactDetails(email, name, phone, null, null, contactFields, null, telegramUserId),
                new DealRequest(null, null, null, products, null, null, null, dealFields, null), actor);
    }

    private String payload(Conversation conversation) {
        try {
            return json.writeValueAsString(Map.of("chatId", conversation.chatId(), "telegramUserId", conversation.telegramUserId(),
                    "answers", conversation.answers()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The confirmation with contact.* and deal.* from the answers, e.g. "Obrigado, {{contact.name}}!". */
    private static String confirmation(BotFlow flow, Conversation conversation) {
        Map<String, Object> model = new HashMap<>();
        conversation.answers().forEach((fills, value) -> {
            String[] path = fills.split("\\.", 2);
            @SuppressWarnings("unchecked")
            Map<String, Object> part = (Map<String, Object>) model.computeIfAbsent(path[0], key -> new HashMap<String, Object>());
            part.put(path[1], value);
        });
        try {
            return MUSTACHE.compile(flow.confirmation()).execute(model);
        } catch (RuntimeException e) {
            return flow.confirmation();
        }
    }
}

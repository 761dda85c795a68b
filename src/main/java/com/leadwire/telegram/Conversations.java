package com.leadwire.telegram;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.telegram.BotFlow.AnswerKind;
import com.leadwire.telegram.BotFlow.FlowStep;
import com.leadwire.telegram.TelegramProperties.Language;

/**
 * Runs prospects through their bot flow, one step per update. The state lives only in
 * {@code telegram_conversation} (read and written on every update), so a restart of the app, or
 * of this component, resumes each prospect where they were. The bot's own texts are in the
 * language of the update being answered; the questions are the flow's.
 */
@Component
@ConditionalOnBot
class Conversations {

    private static final Logger log = LoggerFactory.getLogger(Conversations.class);

    private final ConversationRows rows;
    private final BotFlows flows;
    private final Sources sources;
    private final BotApi bot;
    private final BotReplies replies;
    private final LeadFromConversation leads;
    private final TelegramProperties properties;
    private final BotTexts texts;

    Conversations(ConversationRows rows, BotFlows flows, Sources sources, BotApi bot, BotReplies replies, LeadFromConversation leads,
                  TelegramProperties properties, BotTexts texts) {
        this.rows = rows;
        this.flows = flows;
        this.sources = sources;
        this.bot = bot;
        this.replies = replies;
        this.leads = leads;
        this.properties = properties;
        this.texts = texts;
    }

    /** {@code /start} or {@code /start <sourceKey>}: a fresh conversation in that source's flow (else the default one). */
    void start(Incoming in, String sourceKey) {
        if (rows.find(in.chatId()).filter(conversation -> conversation.alreadySeen(in.updateId())).isPresent()) {
            log.info("Telegram chat {}: update {} was handled before, ignored", in.chatId(), in.updateId());
            return;
        }
        Optional<Flow> flow = flow(sourceKey);
        if (flow.isEmpty() && !sourceKey.isEmpty()) {
            log.info("Telegram chat {}: /start with unknown source '{}', using the default flow", in.chatId(), sourceKey);
            flow = flow("");
        }
        if (flow.isEmpty()) {
            log.warn("Telegram chat {}: no usable default flow (leadwire.telegram.default-flow = '{}')", in.chatId(),
                    properties.defaultFlow());
            replies.send(in.chatId(), texts.get(in, "bot.notReady"), List.of());
            return;
        }
        Conversation started = Conversation.started(in.chatId(), in.userId(), flow.get().source().key(), in.updateId());
        rows.save(started);
        log.info("Telegram chat {}: conversation started in flow '{}' (update {})", in.chatId(), started.sourceKey(), in.updateId());
        ask(started, flow.get().flow(), texts.of(in));
    }

    boolean hasActive(long chatId) {
        return rows.find(chatId).filter(Conversation::active).isPresent();
    }

    void restart(Incoming in) {
        start(in, rows.find(in.chatId()).map(Conversation::sourceKey).orElse(""));
    }

    void cancel(Incoming in) {
        rows.find(in.chatId()).filter(Conversation::active).ifPresent(conversation -> {
            rows.save(conversation.cancelled(in.updateId()));
            log.info("Telegram chat {}: conversation in flow '{}' cancelled", in.chatId(), conversation.sourceKey());
        });
        replies.send(in.chatId(), texts.get(in, "conversation.cancelled"), List.of());
    }

    /** A typed answer to the current step. */
    void answer(Incoming in) {
        Optional<Current> found = current(in);
        if (found.isEmpty()) {
            return;
        }
        Current current = found.get();
        Language language = texts.of(in);
        if (current.finished()) {
            leads.finish(current.conversation(), current.flow(), language);
            return;
        }
        FlowStep step = current.step();
        Optional<String> value = StepAnswers.typed(step, in.text());
        if (value.isEmpty()) {
            rows.save(current.conversation().seen(in.updateId()));
            replies.send(in.chatId(), step.reAsk(texts.get(language, "hint." + step.answer().name())),
                    keyboard(current.conversation(), step, language));
            return;
        }
        advance(current.conversation().answered(step.fills(), value.get(), true, in.updateId()), current.flow(), language);
    }

    /** A press on a choice button of the flow ({@code f:<step>:<option index>|d}). */
    void choose(Incoming in) {
        String[] parts = in.callbackData().substring(StepAnswers.FLOW_PREFIX.length()).split(":");
        Optional<Current> found = current(in);
        if (found.isEmpty() || found.get().finished() || parts.length != 2
                || !String.valueOf(found.get().conversation().stepIndex()).equals(parts[0])) {
            bot.answer(in.callbackId(), texts.get(in, "choice.alreadyAnswered"));
            return;
        }
        Current current = found.get();
        FlowStep step = current.step();
        Conversation conversation = current.conversation();
        Language language = texts.of(in);
        if (StepAnswers.DONE.equals(parts[1])) {
            if (step.answer() != AnswerKind.MULTIPLE_CHOICE || !conversation.answers().containsKey(step.fills())) {
                bot.answer(in.callbackId(), texts.get(language, "choice.pickFirst"));
                return;
            }
            bestEffort(() -> bot.answer(in.callbackId(), "✔"));
            advance(conversation.answered(step.fills(), conversation.answers().get(step.fills()), true, in.updateId()),
                    current.flow(), language);
            bestEffort(() -> bot.edit(in.chatId(), in.callbackMessageId(),
                    step.question() + "\n→ " + conversation.answers().get(step.fills()), List.of()));
            return;
        }
        Optional<String> option = StepAnswers.option(step, parts[1]);
        if (option.isEmpty()) {
            bot.answer(in.callbackId(), texts.get(language, "choice.notOffered"));
            return;
        }
        if (step.answer() == AnswerKind.CHOICE) {
            bestEffort(() -> bot.answer(in.callbackId(), option.get()));
            advance(conversation.answered(step.fills(), option.get(), true, in.updateId()), current.flow(), language);
            bestEffort(() -> bot.edit(in.chatId(), in.callbackMessageId(), step.question() + "\n→ " + option.get(), List.of()));
            return;
        }
        String picks = StepAnswers.toggled(conversation.answers().get(step.fills()), option.get());
        Conversation toggled = conversation.answered(step.fills(), picks, false, in.updateId());
        rows.save(toggled);
        bestEffort(() -> bot.answer(in.callbackId(), option.get()));
        bot.edit(in.chatId(), in.callbackMessageId(), step.question(), keyboard(toggled, step, language));
    }

    /** Answering a press and tidying the old question are courtesy: the conversation goes on without them. */
    private static void bestEffort(Runnable call) {
        try {
            call.run();
        } catch (BotApiFailure failure) {
            log.warn("Telegram courtesy call failed: {}", failure.getMessage());
        }
    }

    private void advance(Conversation next, BotFlow flow, Language language) {
        rows.save(next);
        if (next.stepIndex() >= flow.steps().size()) {
            leads.finish(next, flow, language);
        } else {
            ask(next, flow, language);
        }
    }

    private void ask(Conversation conversation, BotFlow flow, Language language) {
        FlowStep step = flow.steps().get(conversation.stepIndex());
        replies.send(conversation.chatId(), step.question(), keyboard(conversation, step, language));
    }

    private List<List<Button>> keyboard(Conversation conversation, FlowStep step, Language language) {
        return StepAnswers.keyboard(conversation, step, texts.get(language, "choice.done"));
    }

    private Optional<Current> current(Incoming in) {
        Optional<Conversation> conversation = rows.find(in.chatId()).filter(Conversation::active);
        if (conversation.isEmpty()) {
            return Optional.empty();
        }
        if (conversation.get().alreadySeen(in.updateId())) {
            log.info("Telegram chat {}: update {} was handled before, ignored", in.chatId(), in.updateId());
            return Optional.empty();
        }
        Optional<Flow> flow = flow(conversation.get().sourceKey());
        if (flow.isEmpty()) {
            replies.send(in.chatId(), texts.get(in, "conversation.cannotContinue"), List.of());
            rows.save(conversation.get().cancelled(in.updateId()));
            return Optional.empty();
        }
        return Optional.of(new Current(conversation.get(), flow.get().flow()));
    }

    private Optional<Flow> flow(String sourceKey) {
        String key = sourceKey == null || sourceKey.isEmpty() ? properties.defaultFlow() : sourceKey;
        Optional<SourceView> source = sources.findByKey(key);
        return source.flatMap(view -> flows.flowOf(view).map(flow -> new Flow(view, flow)));
    }

    private record Flow(SourceView source, BotFlow flow) {
    }

    private record Current(Conversation conversation, BotFlow flow) {

        boolean finished() {
            return conversation.stepIndex() >= flow.steps().size();
        }

        FlowStep step() {
            return flow.steps().get(conversation.stepIndex());
        }
    }
}

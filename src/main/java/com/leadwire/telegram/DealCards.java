package com.leadwire.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.StageKind;
import com.leadwire.pipeline.StageView;
import com.leadwire.telegram.CardPress.Action;
import com.leadwire.telegram.TelegramProperties.Language;

/**
 * A deal as a Telegram card: what the rep needs to know, and the buttons for what they may do
 * next, in the given language (the lost reasons are shown as configured). Every button is signed
 * for the chat it is shown in and the stage the card shows.
 */
@Component
class DealCards {

    private final CardSigner signer;
    private final Pipelines pipelines;
    private final TelegramProperties properties;
    private final BotTexts texts;

    DealCards(CardSigner signer, Pipelines pipelines, TelegramProperties properties, BotTexts texts) {
        this.signer = signer;
        this.pipelines = pipelines;
        this.properties = properties;
        this.texts = texts;
    }

    /** Who and what the card is about, beyond the deal itself. */
    record About(String contactName, String contactEmail, String sourceName, String responsibleName) {
    }

    enum Keys { MAIN, MOVE_MENU, LOST_MENU }

    String text(DealView deal, About about, Language language) {
        StringBuilder text = new StringBuilder();
        text.append(switch (deal.stageKind()) {
            case WON -> texts.get(language, "card.title.won", deal.title());
            case LOST -> texts.get(language, "card.title.lost", deal.title());
            case OPEN -> texts.get(language, "card.title.open", Long.toString(deal.id()), deal.title());
        }).append('\n');
        text.append("👤 ").append(about.contactName() == null ? "" : about.contactName() + " ")
                .append('<').append(about.contactEmail()).append(">\n");
        if (about.sourceName() != null) {
            text.append(texts.get(language, "card.source", about.sourceName())).append('\n');
        }
        text.append("📊 ").append(deal.pipelineName()).append(" ▸ ").append(deal.stageName()).append('\n');
        if (!deal.products().isEmpty()) {
            text.append(texts.get(language, "card.products", String.join(", ", deal.products()))).append('\n');
        }
        if (deal.amount() != null) {
            text.append(texts.get(language, "card.value", deal.amount().toPlainString()
                    + (deal.currency() == null ? "" : " " + deal.currency()))).append('\n');
        }
        if (deal.stageKind() == StageKind.LOST && deal.lostReason() != null) {
            text.append(texts.get(language, "card.reason", deal.lostReason())).append('\n');
        }
        text.append(texts.get(language, "card.age", age(deal.createdAt(), language))).append('\n');
        text.append(texts.get(language, "card.responsible",
                about.responsibleName() == null ? texts.get(language, "card.nobody") : about.responsibleName()));
        return text.toString();
    }

    List<List<Button>> keyboard(long chatId, DealView deal, Keys keys, Language language) {
        List<List<Button>> rows = new ArrayList<>();
        CardPress base = CardPress.of(Action.BACK, deal.id(), deal.stageId());
        Button back = button(chatId, texts.get(language, "button.back"), base);
        if (deal.stageKind() == StageKind.OPEN) {
            switch (keys) {
                case MAIN -> {
                    if (deal.responsibleUserId() == null) {
                        rows.add(List.of(button(chatId, texts.get(language, "button.claim"), base.with(Action.CLAIM, ""))));
                    }
                    rows.add(List.of(button(chatId, texts.get(language, "button.move"), base.with(Action.MOVE_MENU, ""))));
                    rows.add(List.of(button(chatId, texts.get(language, "button.won"), base.with(Action.WON, "")),
                            button(chatId, texts.get(language, "button.lost"), base.with(Action.LOST_MENU, ""))));
                }
                case MOVE_MENU -> {
                    for (StageView stage : openStagesBesides(deal)) {
                        rows.add(List.of(button(chatId, "▸ " + stage.name(), base.with(Action.MOVE, Long.toString(stage.id(), 36)))));
                    }
                    rows.add(List.of(back));
                }
                case LOST_MENU -> {
                    for (int i = 0; i < properties.lostReasons().size(); i++) {
                        rows.add(List.of(button(chatId, properties.lostReasons().get(i), base.with(Action.LOST, String.valueOf(i)))));
                    }
                    rows.add(List.of(back));
                }
            }
        }
        rows.add(List.of(Button.link(texts.get(language, "button.panel"),
                properties.publicUrl().replaceAll("/+$", "") + "/deals/" + deal.id())));
        return rows;
    }

    private List<StageView> openStagesBesides(DealView deal) {
        PipelineView pipeline = pipelines.find(deal.pipelineId()).orElseThrow();
        return pipeline.stages().stream().filter(stage -> stage.kind() == StageKind.OPEN && stage.id() != deal.stageId()).toList();
    }

    private Button button(long chatId, String text, CardPress press) {
        return Button.callback(text, signer.sign(chatId, press));
    }

    private String age(Instant createdAt, Language language) {
        Duration age = Duration.between(createdAt, Instant.now());
        if (age.toMinutes() < 1) {
            return texts.get(language, "age.justNow");
        }
        if (age.toHours() < 1) {
            return texts.get(language, "age.minutes", Long.toString(age.toMinutes()));
        }
        return age.toDays() < 1 ? texts.get(language, "age.hours", Long.toString(age.toHours()))
                : texts.get(language, "age.days", Long.toString(age.toDays()));
    }
}

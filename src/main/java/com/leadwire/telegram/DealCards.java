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

/**
 * A deal as a Telegram card: what the rep needs to know, and the buttons for what they may do
 * next. Every button is signed for the chat it is shown in and the stage the card shows.
 */
@Component
class DealCards {

    private final CardSigner signer;
    private final Pipelines pipelines;
    private final TelegramProperties properties;

    DealCards(CardSigner signer, Pipelines pipelines, TelegramProperties properties) {
        this.signer = signer;
        this.pipelines = pipelines;
        this.properties = properties;
    }

    /** Who and what the card is about, beyond the deal itself. */
    record About(String contactName, String contactEmail, String sourceName, String responsibleName) {
    }

    enum Keys { MAIN, MOVE_MENU, LOST_MENU }

    String text(DealView deal, About about) {
        StringBuilder text = new StringBuilder();
        text.append(switch (deal.stageKind()) {
            case WON -> "✅ Won: ";
            case LOST -> "❌ Lost: ";
            case OPEN -> "🆕 Deal #" + deal.id() + ": ";
        }).append(deal.title()).append('\n');
        text.append("👤 ").append(about.contactName() == null ? "" : about.contactName() + " ")
                .append('<').append(about.contactEmail()).append(">\n");
        if (about.sourceName() != null) {
            text.append("📥 Source: ").append(about.sourceName()).append('\n');
        }
        text.append("📊 ").append(deal.pipelineName()).append(" ▸ ").append(deal.stageName()).append('\n');
        if (!deal.products().isEmpty()) {
            text.append("🛒 Products: ").append(String.join(", ", deal.products())).append('\n');
        }
        if (deal.amount() != null) {
            text.append("💰 Value: ").append(deal.amount().toPlainString())
                    .append(deal.currency() == null ? "" : " " + deal.currency()).append('\n');
        }
        if (deal.stageKind() == StageKind.LOST && deal.lostReason() != null) {
            text.append("Reason: ").append(deal.lostReason()).append('\n');
        }
        text.append("⏱ Age: ").append(age(deal.createdAt())).append('\n');
        text.append("🙋 Responsible: ").append(about.responsibleName() == null ? "nobody yet" : about.responsibleName());
        return text.toString();
    }

    List<List<Button>> keyboard(long chatId, DealView deal, Keys keys) {
        List<List<Button>> rows = new ArrayList<>();
        CardPress base = CardPress.of(Action.BACK, deal.id(), deal.stageId());
        if (deal.stageKind() == StageKind.OPEN) {
            switch (keys) {
                case MAIN -> {
                    if (deal.responsibleUserId() == null) {
                        rows.add(List.of(button(chatId, "🙋 Claim", base.with(Action.CLAIM, ""))));
                    }
                    rows.add(List.of(button(chatId, "Move to ▸", base.with(Action.MOVE_MENU, ""))));
                    rows.add(List.of(button(chatId, "✅ Won", base.with(Action.WON, "")),
                            button(chatId, "❌ Lost", base.with(Action.LOST_MENU, ""))));
                }
                case MOVE_MENU -> {
                    for (StageView stage : openStagesBesides(deal)) {
                        rows.add(List.of(button(chatId, "▸ " + stage.name(), base.with(Action.MOVE, Long.toString(stage.id(), 36)))));
                    }
                    rows.add(List.of(button(chatId, "◂ Back", base)));
                }
                case LOST_MENU -> {
                    for (int i = 0; i < properties.lostReasons().size(); i++) {
                        rows.add(List.of(button(chatId, properties.lostReasons().get(i), base.with(Action.LOST, String.valueOf(i)))));
                    }
                    rows.add(List.of(button(chatId, "◂ Back", base)));
                }
            }
        }
        rows.add(List.of(Button.link("Open in panel", properties.publicUrl().replaceAll("/+$", "") + "/deals/" + deal.id())));
        return rows;
    }

    private List<StageView> openStagesBesides(DealView deal) {
        PipelineView pipeline = pipelines.find(deal.pipelineId()).orElseThrow();
        return pipeline.stages().stream().filter(stage -> stage.kind() == StageKind.OPEN && stage.id() != deal.stageId()).toList();
    }

    private Button button(long chatId, String text, CardPress press) {
        return Button.callback(text, signer.sign(chatId, press));
    }

    static String age(Instant createdAt) {
        Duration age = Duration.between(createdAt, Instant.now());
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min";
        }
        return age.toDays() < 1 ? age.toHours() + " h" : age.toDays() + " d";
    }
}

package com.leadwire.admin.deal;

import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.telegram.ProspectReplies;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** Writes to the prospect in Telegram from the deal page; the conversation itself is on the timeline. */
class TelegramReplySection extends VerticalLayout {

    final TextArea text = new TextArea();
    final Button send = new Button();

    /** {@code replies} null: the bot is not set up. */
    TelegramReplySection(ProspectReplies replies, long dealId, Long repUserId, boolean conversationStarted, String actor, Runnable refresh) {
        setPadding(false);
        add(new H3(getTranslation("deal.messages")));
        if (!conversationStarted) {
            add(new Paragraph(getTranslation("deal.messages.empty")));
        }
        if (replies == null) {
            add(new Paragraph(getTranslation("dealpage.telegram.off")));
            return;
        }
        text.setLabel(getTranslation("dealpage.telegram.text"));
        text.setMaxLength(4000);
        text.setWidthFull();
        send.setText(getTranslation("dealpage.telegram.send"));
        send.addClickListener(click -> {
            try {
                replies.reply(dealId, repUserId, text.getValue(), actor);
                text.clear();
                refresh.run();
                Notices.done(getTranslation("dealpage.telegram.sent"));
            } catch (InvalidInputException | ConflictException refused) {
                Notices.refused(refused.getMessage());
            }
        });
        add(text, send);
    }
}

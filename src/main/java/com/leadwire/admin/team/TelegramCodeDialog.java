package com.leadwire.admin.team;

import com.leadwire.admin.PanelTimes;
import com.leadwire.admin.sources.CopyBox;
import com.leadwire.team.TeamMember;
import com.leadwire.telegram.TelegramLinkCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** A fresh one-time code the member sends the bot to link their Telegram chat. */
class TelegramCodeDialog extends Dialog {

    final CopyBox command;

    TelegramCodeDialog(TeamMember member, TelegramLinkCode code) {
        setHeaderTitle(getTranslation("team.telegram.title", member.displayName()));
        command = new CopyBox(getTranslation("team.action.telegram"), code.startCommand());
        add(new Paragraph(getTranslation("team.telegram.text", member.displayName(),
                PanelTimes.shortDateTime(code.expiresAt(), getLocale()))), command);
        setWidth("36em");
        getFooter().add(new Button(getTranslation("team.close"), click -> close()));
    }
}

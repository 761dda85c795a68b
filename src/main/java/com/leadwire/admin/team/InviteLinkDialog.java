package com.leadwire.admin.team;

import com.leadwire.admin.PanelAddress;
import com.leadwire.admin.PanelTimes;
import com.leadwire.admin.sources.CopyBox;
import com.leadwire.team.Invite;
import com.leadwire.team.TeamMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** The one time an invite or reset link is shown: to copy and send to the person. */
class InviteLinkDialog extends Dialog {

    final CopyBox link;

    InviteLinkDialog(TeamMember member, Invite invite) {
        setHeaderTitle(getTranslation("team.invite.title", member.displayName()));
        String expires = PanelTimes.shortDateTime(invite.expiresAt(), getLocale());
        link = new CopyBox(getTranslation("team.invite.link"), PanelAddress.base() + invite.path());
        add(new Paragraph(getTranslation("team.invite.text", member.displayName(), expires)), link);
        setWidth("36em");
        getFooter().add(new Button(getTranslation("team.close"), click -> close()));
    }
}

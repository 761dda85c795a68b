package com.leadwire.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.admin.board.BoardView;
import com.leadwire.testsupport.OnH2;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

@OnH2
class MailboxViewIntegrationTests extends PanelTestSupport {

    @Autowired
    Team team;

    @Test
    void aRepWhoLogsInSeesTheBoardButNotTheAdminsMailbox() {
        String username = Unique.key("rep");
        team.add(username, "Rep Teste", Unique.email("rep"), Role.REP, "rep-test-password");
        try {
            login(username, "rep-test-password");

            UI.getCurrent().navigate("mailbox");
            assertThat(_find(MailboxView.class)).isEmpty();

            UI.getCurrent().navigate("");
            assertThat(_find(BoardView.class)).hasSize(1);
        } finally {
            // an active rep would be mailed and given deals in the other tests of this shared database
            jdbc.update("UPDATE app_user SET active = FALSE WHERE username = ?", username);
        }
    }

    @Test
    void withARealSmtpServerTheMailboxSaysWhereTheMailWent() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("mailbox");

        assertThat(_get(Paragraph.class).getText()).contains("SMTP");
        assertThat(_find(Grid.class)).isEmpty();
    }
}

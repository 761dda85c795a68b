package com.leadwire.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

@OnH2
class MailboxViewIntegrationTests extends PanelTestSupport {

    @Test
    void withARealSmtpServerTheMailboxSaysWhereTheMailWent() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("mailbox");

        assertThat(_get(Paragraph.class).getText()).contains("SMTP");
        assertThat(_find(Grid.class)).isEmpty();
    }
}

package com.leadwire.admin.sources;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.leadwire.testsupport.PanelTestSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A new install without the demo: the sources list says what a source is and how to make the
 * first. Its own database, since every other panel test shares one with the demo's sources.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "leadwire.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:leadwire-no-sources;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;IGNORECASE=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class SourcesViewEmptyIntegrationTests extends PanelTestSupport {

    @Test
    void withoutSourcesTheListSaysWhatASourceIsAndOffersTheFirst() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("sources");
        SourcesView view = _get(SourcesView.class);

        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(_get(view.empty, Paragraph.class).getText()).startsWith("No sources yet. A source is where leads come from");
        _click(_get(view.empty, Button.class, spec -> spec.withText("Create your first source")));
        _click(_get(view.kinds, Button.class, spec -> spec.withText("Telegram bot flow")));
        assertThat(_get(SourceEditorView.class).heading.getText()).isEqualTo("New Telegram bot flow");
    }
}

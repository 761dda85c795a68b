package com.leadwire.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class PanelTranslationsTests {

    private final PanelTranslations translations = new PanelTranslations();

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PanelTranslationsTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveEveryText() throws IOException {
        assertThat(bundle("panel_pt_BR").keySet()).containsExactlyInAnyOrderElementsOf(bundle("panel").keySet());
    }

    @Test
    void readersGetTheirLanguageWhateverTheServersLanguageIs() {
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(PanelTranslations.PORTUGUESE);
            assertThat(translations.getTranslation("nav.board", Locale.ENGLISH)).isEqualTo("Board");
            assertThat(translations.getTranslation("nav.board", Locale.forLanguageTag("pt-BR"))).isEqualTo("Quadro");
            assertThat(translations.getTranslation("nav.board", Locale.forLanguageTag("pt-PT"))).isEqualTo("Quadro");
            assertThat(translations.getTranslation("board.stage.count", Locale.ENGLISH, 3)).isEqualTo("3 deals");
        } finally {
            Locale.setDefault(server);
        }
    }
}

package com.leadwire.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

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
        Resource[] english = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/panel*.properties");
        List<String> names = Arrays.stream(english).map(Resource::getFilename).filter(name -> !name.contains("_"))
                .map(name -> name.replace(".properties", "")).toList();
        assertThat(names).contains("panel");
        for (String name : names) {
            assertThat(bundle(name + "_pt_BR").keySet()).as(name).containsExactlyInAnyOrderElementsOf(bundle(name).keySet());
        }
    }

    @Test
    void noTextIsDefinedInTwoBundles() throws IOException {
        Resource[] english = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/panel*.properties");
        Map<String, String> owners = new HashMap<>();
        for (Resource resource : english) {
            String name = resource.getFilename().replace(".properties", "");
            if (!name.contains("_")) {
                for (Object key : bundle(name).keySet()) {
                    assertThat(owners.put((String) key, name)).as("text %s", key).isNull();
                }
            }
        }
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

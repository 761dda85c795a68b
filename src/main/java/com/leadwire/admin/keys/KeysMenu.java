package com.leadwire.admin.keys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.leadwire.admin.PanelMenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The API keys' menu entry, for admins. */
@Configuration(proxyBeanMethods = false)
class KeysMenu {

    @Bean
    PanelMenuItem apiKeysMenuItem() {
        return new PanelMenuItem(630, "keys.nav", ApiKeysView.class, VaadinIcon.KEY, true);
    }
}

package com.leadwire.admin.sources;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.leadwire.admin.PanelMenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class SourcesMenu {

    @Bean
    PanelMenuItem sourcesMenuItem() {
        return new PanelMenuItem(210, "sources.nav", SourcesView.class, VaadinIcon.INBOX, true);
    }
}

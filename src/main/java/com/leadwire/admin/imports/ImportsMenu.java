package com.leadwire.admin.imports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.leadwire.admin.PanelMenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class ImportsMenu {

    @Bean
    PanelMenuItem importsMenuItem() {
        return new PanelMenuItem(300, "nav.imports", ImportsView.class, VaadinIcon.UPLOAD, true);
    }
}

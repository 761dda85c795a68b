package com.leadwire.admin.sending;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.leadwire.admin.PanelMenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class SendingMenu {

    @Bean
    PanelMenuItem sendingMenuItem() {
        return new PanelMenuItem(518, "sending.nav", SendingSettingsView.class, VaadinIcon.CLOCK, true);
    }
}

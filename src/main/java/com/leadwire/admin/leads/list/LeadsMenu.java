package com.leadwire.admin.leads.list;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.leadwire.admin.PanelMenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class LeadsMenu {

    @Bean
    PanelMenuItem leadsMenuItem() {
        return new PanelMenuItem(135, "leads.nav", LeadsView.class, VaadinIcon.FUNNEL, true);
    }
}

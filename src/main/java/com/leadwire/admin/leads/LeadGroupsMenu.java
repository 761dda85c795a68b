package com.leadwire.admin.leads;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.leadwire.admin.PanelMenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class LeadGroupsMenu {

    @Bean
    PanelMenuItem leadGroupsMenuItem() {
        return new PanelMenuItem(512, "leadgroups.nav", LeadGroupsView.class, VaadinIcon.FILTER, true);
    }
}

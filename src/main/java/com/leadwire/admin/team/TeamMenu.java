package com.leadwire.admin.team;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.leadwire.admin.PanelMenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class TeamMenu {

    @Bean
    PanelMenuItem teamMenuItem() {
        return new PanelMenuItem(230, "team.nav", TeamView.class, VaadinIcon.GROUP, true);
    }

    @Bean
    PanelMenuItem accountMenuItem() {
        return new PanelMenuItem(950, "team.account.nav", AccountView.class, VaadinIcon.USER, false);
    }
}

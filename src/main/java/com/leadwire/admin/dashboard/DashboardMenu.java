package com.leadwire.admin.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.leadwire.admin.PanelMenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The dashboard's menu entry, for everyone: reps read their pipeline's figures too. */
@Configuration(proxyBeanMethods = false)
class DashboardMenu {

    @Bean
    PanelMenuItem dashboardMenuItem() {
        return new PanelMenuItem(120, "nav.dashboard", DashboardView.class, VaadinIcon.CHART, false);
    }
}

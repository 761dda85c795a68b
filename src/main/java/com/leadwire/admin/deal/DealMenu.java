package com.leadwire.admin.deal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.leadwire.admin.PanelMenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class DealMenu {

    @Bean
    PanelMenuItem myTasksMenuItem() {
        return new PanelMenuItem(150, "nav.tasks", MyTasksView.class, VaadinIcon.CHECK_SQUARE_O, false);
    }
}

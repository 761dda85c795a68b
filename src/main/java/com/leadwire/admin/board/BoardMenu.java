package com.leadwire.admin.board;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.leadwire.admin.PanelMenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class BoardMenu {

    @Bean
    PanelMenuItem boardMenuItem() {
        return new PanelMenuItem(100, "nav.board", BoardView.class, VaadinIcon.GRID_BIG, false);
    }
}

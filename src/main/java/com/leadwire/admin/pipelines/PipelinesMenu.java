package com.leadwire.admin.pipelines;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.leadwire.admin.PanelMenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class PipelinesMenu {

    @Bean
    PanelMenuItem pipelinesMenuItem() {
        return new PanelMenuItem(200, "pipelines.nav", PipelinesView.class, VaadinIcon.ROAD_SPLIT, true);
    }
}

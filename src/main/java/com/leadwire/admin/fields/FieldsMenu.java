package com.leadwire.admin.fields;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.leadwire.admin.PanelMenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class FieldsMenu {

    @Bean
    PanelMenuItem fieldsMenuItem() {
        return new PanelMenuItem(220, "fields.nav", FieldsView.class, VaadinIcon.LIST_UL, true);
    }
}

package com.leadwire.admin.contacts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.leadwire.admin.PanelMenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class ContactsMenu {

    @Bean
    PanelMenuItem contactsMenuItem() {
        return new PanelMenuItem(130, "contacts.nav", ContactsView.class, VaadinIcon.USERS, true);
    }
}

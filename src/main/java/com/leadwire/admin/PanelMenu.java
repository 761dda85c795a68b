package com.leadwire.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.icon.VaadinIcon;

/** The menu entries of the views in this package; features in sub-packages declare their own. */
@Configuration(proxyBeanMethods = false)
class PanelMenu {

    @Bean
    PanelMenuItem rulesMenuItem() {
        return new PanelMenuItem(500, "nav.rules", RulesView.class, VaadinIcon.AUTOMATION, true);
    }

    @Bean
    PanelMenuItem templatesMenuItem() {
        return new PanelMenuItem(510, "nav.templates", TemplatesView.class, VaadinIcon.FILE_TEXT_O, true);
    }

    @Bean
    PanelMenuItem webhooksMenuItem() {
        return new PanelMenuItem(520, "nav.webhooks", WebhooksView.class, VaadinIcon.CONNECT, true);
    }

    @Bean
    PanelMenuItem mailboxMenuItem() {
        return new PanelMenuItem(900, "nav.mailbox", MailboxView.class, VaadinIcon.ENVELOPE, true);
    }
}

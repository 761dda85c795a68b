package com.leadwire.admin.ops;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.leadwire.admin.PanelMenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The admins' operations views: the outbox, the inbound events and the channels' health. */
@Configuration(proxyBeanMethods = false)
class OpsMenu {

    @Bean
    PanelMenuItem outboxMenuItem() {
        return new PanelMenuItem(600, "ops.nav.outbox", OutboxView.class, VaadinIcon.PAPERPLANE_O, true);
    }

    @Bean
    PanelMenuItem eventsMenuItem() {
        return new PanelMenuItem(610, "ops.nav.events", EventsView.class, VaadinIcon.INBOX, true);
    }

    @Bean
    PanelMenuItem channelHealthMenuItem() {
        return new PanelMenuItem(620, "ops.nav.health", ChannelHealthView.class, VaadinIcon.HEART, true);
    }
}

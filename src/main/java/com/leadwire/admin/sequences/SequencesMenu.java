package com.leadwire.admin.sequences;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.leadwire.admin.PanelMenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class SequencesMenu {

    @Bean
    PanelMenuItem sequencesMenuItem() {
        return new PanelMenuItem(515, "sequences.nav", SequencesView.class, VaadinIcon.ENVELOPES_O, true);
    }
}

package com.leadwire.admin.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.leadwire.admin.PanelMenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The audit log's menu entry, for admins. */
@Configuration(proxyBeanMethods = false)
class AuditMenu {

    @Bean
    PanelMenuItem auditMenuItem() {
        return new PanelMenuItem(640, "audit.nav", AuditLogView.class, VaadinIcon.RECORDS, true);
    }
}

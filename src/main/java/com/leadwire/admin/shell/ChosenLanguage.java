package com.leadwire.admin.shell;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * The language a person chose in the panel, kept in their session: every page they open after
 * (a reload included) is in it. Until they choose, Vaadin follows the browser's language.
 */
@Component
class ChosenLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Object chosen = init.getUI().getSession().getAttribute(ChosenLanguage.class.getName());
            if (chosen instanceof Locale language) {
                init.getUI().setLocale(language);
            }
        });
    }

    static void choose(VaadinSession session, Locale language) {
        session.setAttribute(ChosenLanguage.class.getName(), language);
        session.setLocale(language);
    }
}

package com.leadwire.admin;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.vaadin.flow.server.VaadinServletRequest;

/**
 * This app as the admin's browser reaches it: where a site fetches the embed script, where a
 * provider posts its callbacks, where an invite link leads. The panel's own address is the one
 * proven to reach the app.
 */
public final class PanelAddress {

    private PanelAddress() {
    }

    public static String base() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).build().toUriString();
    }
}

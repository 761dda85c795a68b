package com.leadwire.admin.sources;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.vaadin.flow.server.VaadinServletRequest;

/**
 * This app as the admin's browser reaches it: where a site fetches the embed script and where a
 * provider posts its callbacks. The panel's own address is the one proven to reach the app.
 */
final class PanelAddress {

    private PanelAddress() {
    }

    static String base() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).build().toUriString();
    }
}

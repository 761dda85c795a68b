package com.leadwire.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One entry of the panel's menu. Each feature declares its entries as beans, so the menu shows
 * every view a person may open, in {@code position} order, and nothing they may not.
 *
 * @param labelKey the menu text's key in the panel bundles
 * @param adminOnly shown to admins only; the view itself must still be guarded (@RolesAllowed)
 */
public record PanelMenuItem(int position, String labelKey, Class<? extends Component> view, VaadinIcon icon,
        boolean adminOnly) {
}

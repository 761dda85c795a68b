package com.leadwire.admin.fields;

import com.leadwire.admin.MainLayout;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The custom-field catalogue: deal fields and contact fields, each a list to add to, reorder, edit and delete from. */
@Route(value = "fields", layout = MainLayout.class)
@PageTitle("Leadwire – Custom fields")
@RolesAllowed("ADMIN")
class FieldsView extends VerticalLayout {

    final ScopeCatalogue deal;
    final ScopeCatalogue contact;

    FieldsView(CustomFields fields) {
        setWidthFull();
        setMaxWidth("70em");
        Paragraph intro = new Paragraph(getTranslation("fields.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)");
        deal = new ScopeCatalogue(fields, FieldScope.DEAL);
        contact = new ScopeCatalogue(fields, FieldScope.CONTACT);
        add(new H2(getTranslation("fields.title")), intro, deal, contact);
    }
}

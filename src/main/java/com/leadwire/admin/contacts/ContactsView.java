package com.leadwire.admin.contacts;

import java.util.Comparator;

import com.leadwire.admin.MainLayout;
import com.leadwire.admin.PanelTimes;
import com.leadwire.admin.SelectLabels;
import com.leadwire.contacts.ContactSearch;
import com.leadwire.contacts.ContactView;
import com.leadwire.contacts.Contacts;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Every contact, newest first, read page by page from the database (a count query sizes the
 * list): search by name, any e-mail or phone; filter by source, country, consent and
 * unsubscribed. A click opens the contact's page.
 */
@Route(value = "contacts", layout = MainLayout.class)
@PageTitle("Leadwire – Contacts")
@RolesAllowed("ADMIN")
class ContactsView extends VerticalLayout {

    final TextField search = new TextField();
    final Select<String> source = new Select<>();
    final TextField country = new TextField();
    final Select<Boolean> consent = new Select<>();
    final Select<Boolean> unsubscribed = new Select<>();
    final Grid<ContactView> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    private final Contacts contacts;

    ContactsView(Contacts contacts, Sources sources) {
        this.contacts = contacts;
        setSizeFull();

        search.setLabel(getTranslation("contacts.search"));
        search.setPlaceholder(getTranslation("contacts.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        source.setLabel(getTranslation("contacts.source"));
        source.setItems(sources.all().stream().sorted(Comparator.comparing(SourceView::key)).map(SourceView::key).toList());
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption(getTranslation("contacts.filter.all"));
        country.setLabel(getTranslation("contacts.country"));
        country.setMaxLength(2);
        country.setWidth("6em");
        country.setClearButtonVisible(true);
        country.setValueChangeMode(ValueChangeMode.LAZY);
        yesNo(consent, "contacts.consent");
        yesNo(unsubscribed, "contacts.unsubscribed");
        search.addValueChangeListener(changed -> reload());
        source.addValueChangeListener(changed -> reload());
        country.addValueChangeListener(changed -> reload());
        consent.addValueChangeListener(changed -> reload());
        unsubscribed.addValueChangeListener(changed -> reload());
        HorizontalLayout filters = new HorizontalLayout(search, source, country, consent, unsubscribed);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(contact -> contact.name() == null ? "" : contact.name()).setHeader(getTranslation("contacts.name"))
                .setKey("name").setFlexGrow(1);
        grid.addColumn(contact -> contact.primaryEmail() == null ? "" : contact.primaryEmail())
                .setHeader(getTranslation("contacts.email")).setKey("email").setFlexGrow(1);
        grid.addColumn(contact -> contact.phone() == null ? "" : contact.phone()).setHeader(getTranslation("contacts.phone"))
                .setKey("phone").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(contact -> contact.country() == null ? "" : contact.country()).setHeader(getTranslation("contacts.country"))
                .setKey("country").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(contact -> contact.sourceKey() == null ? "" : contact.sourceKey()).setHeader(getTranslation("contacts.source"))
                .setKey("source").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(contact -> PanelTimes.shortDateTime(contact.createdAt(), getLocale()))
                .setHeader(getTranslation("contacts.created")).setKey("created").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> contacts.list(filter(), query.getOffset(), query.getLimit()).stream(), query -> (int) contacts.count(filter()));
        grid.setPageSize(50);
        grid.setMinHeight("16em");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ContactDetailView.class, ContactDetailView.of(click.getItem().id()))));

        add(new H2(getTranslation("contacts.title")), filters, empty, grid);
        expand(grid);
        showEmptyState();
    }

    ContactSearch filter() {
        String countryCode = country.getValue() == null || country.getValue().isBlank() ? null : country.getValue().strip();
        return new ContactSearch(search.getValue(), source.getValue(), countryCode, consent.getValue(), unsubscribed.getValue());
    }

    private void yesNo(Select<Boolean> select, String labelKey) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(Boolean.TRUE, Boolean.FALSE);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("contacts.filter.all"));
        SelectLabels.label(select, yes -> getTranslation(yes ? "contacts.yes" : "contacts.no"));
    }

    private void reload() {
        grid.getDataProvider().refreshAll();
        showEmptyState();
    }

    private void showEmptyState() {
        boolean none = contacts.list(filter(), 0, 1).isEmpty();
        empty.setText(getTranslation(filter().findsEveryone() ? "contacts.empty" : "contacts.emptyFiltered"));
        empty.setVisible(none);
        grid.setVisible(!none);
    }
}

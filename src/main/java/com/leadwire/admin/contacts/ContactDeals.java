package com.leadwire.admin.contacts;

import java.util.List;

import com.leadwire.admin.DealDetailView;
import com.leadwire.pipeline.DealView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/** The contact's deals, each a link to its deal page, with where it stands. */
class ContactDeals extends VerticalLayout {

    ContactDeals(List<DealView> deals) {
        setPadding(false);
        setSpacing(false);
        setId("contact-deals");
        add(new H3(getTranslation("contacts.deals")));
        if (deals.isEmpty()) {
            add(new Paragraph(getTranslation("contacts.deals.none")));
        }
        deals.forEach(deal -> add(new Div(new RouterLink(deal.title(), DealDetailView.class, deal.id()),
                new Span(" · " + deal.pipelineName() + " / " + deal.stageName()))));
    }
}

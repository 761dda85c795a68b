package com.leadwire.admin.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.leadwire.admin.MainLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An address with no page behind it, inside the panel's frame so the menu is at hand. */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private static final Logger log = LoggerFactory.getLogger(PageNotFoundView.class);

    final Paragraph text = new Paragraph();

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String reference = ErrorReference.next();
        String path = event.getLocation().getPath();
        log.info("Panel error {}: no page at '{}'", reference, path);
        removeAll();
        text.setText(getTranslation("ops.error.notFound.text", path, reference));
        add(new H2(getTranslation("ops.error.notFound.title")), text, new Anchor("", getTranslation("ops.error.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

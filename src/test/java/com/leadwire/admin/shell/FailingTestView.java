package com.leadwire.admin.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** A page that fails to open, as a bug would make one fail (tests only). */
@Route("test-failing-page")
@PermitAll
class FailingTestView extends Div {

    FailingTestView() {
        throw new IllegalStateException("a bug in FailingTestView");
    }
}

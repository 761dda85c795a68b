package com.leadwire.admin;

import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.spring.annotation.EnableVaadin;

/**
 * Where Vaadin looks for the panel's views when the app starts: this package. Without it Vaadin
 * reads every class under com.leadwire six times over at start-up (routes, error views, the app
 * shell, web components, its annotation checks), though all of them live here. A view put in
 * another package must be added to this list.
 */
@Configuration(proxyBeanMethods = false)
@EnableVaadin("com.leadwire.admin")
class PanelViews {
}

/**
 * Shared kernel: id allocation and the failure kinds that every module's services throw,
 * which the web edges (REST, Camel routes, panel) turn into answers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.leadwire.shared;

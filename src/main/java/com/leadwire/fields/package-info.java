/**
 * The catalogue of custom fields on deals and contacts: name, type (text, number, date, choice),
 * the options of a choice, and labels in English and Portuguese. Forms, rules, imports, the board
 * and the deal page offer these fields instead of free text.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package com.leadwire.fields;

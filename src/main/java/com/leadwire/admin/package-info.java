/**
 * The admin panel (Vaadin Flow, open-source components only): login, and the views sales
 * people and admins work in, in English and Brazilian Portuguese.
 */
package com.leadwire.admin;

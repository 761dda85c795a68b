/**
 * The panel's sources: the list of where leads come from, and one editor per kind (form, pop-up,
 * Telegram bot flow, payment provider, API, import) writing the same settings as the sources API.
 */
package com.leadwire.admin.sources;

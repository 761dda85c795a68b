package com.leadwire.automation.engine;

/** Who a deal is about, as e-mails and cards name them: known from a deal's creation event without reading the contact. */
record Person(Long contactId, String name, String email, String language) {
}

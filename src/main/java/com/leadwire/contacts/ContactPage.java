package com.leadwire.contacts;

import java.util.List;

/** One page of a contact list, newest first, and how many contacts the whole list has. */
public record ContactPage(List<ContactView> items, int page, int size, long total) {
}

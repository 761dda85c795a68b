package com.leadwire.leads;

import java.util.List;

/** One page of the lead list and how many leads the whole filtered list has. */
public record LeadPage(List<Lead> items, int page, int size, long total) {
}

package com.leadwire.leads;

/**
 * The lead list's order: by one of the columns lead_member holds (each read in an index), then by
 * date of entry in the same direction.
 */
public record LeadSort(Column column, boolean descending) {

    public enum Column {
        DATE, NAME, EMAIL, PRODUCT, COUNTRY
    }

    public static final LeadSort NEWEST_FIRST = new LeadSort(Column.DATE, true);
}

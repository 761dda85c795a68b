package com.leadwire.contacts;

import java.util.List;
import java.util.Map;

/**
 * An undone merge: both contacts are back as they were, with their own e-mails and rows. What
 * arrived on the survivor after the merge stayed there: {@code stayedEmails}, {@code stayedRows}
 * (ids by kind, e.g. DEAL), and {@code keptFields}, the survivor's fields changed since the merge,
 * which keep their newer value.
 */
public record MergeUndone(ContactMergeView merge, List<String> stayedEmails, Map<String, List<Long>> stayedRows,
                          List<String> keptFields) {
}

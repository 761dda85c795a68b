package com.leadwire.shared;

import java.util.List;
import java.util.Map;

/**
 * What a module holds on one person, over its own tables: the privacy module exports it
 * (GDPR / LGPD access) and erases it, calling every module's implementation in one transaction.
 * Erasing deletes the rows or overwrites their personal values for good; nothing is undone.
 */
public interface PersonalData {

    /** The person's rows by export section name ({@code "deals"}, {@code "notes"} …), each row as column → value. */
    Map<String, List<Map<String, Object>>> export(DataSubject subject);

    /** Deletes or anonymises the person's rows; answers how many rows of each table it touched. */
    Map<String, Integer> erase(DataSubject subject);
}

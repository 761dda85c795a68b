package com.leadwire.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The counters of a running import and the rejected rows not stored yet. A snapshot takes both
 * under one lock, so the stored counters always include exactly the stored rejections.
 */
final class ImportProgress {

    record Snapshot(ImportJobStore.Counts counts, List<ImportRejection> rejections) {
    }

    private int created;
    private int merged;
    private int rejected;
    private int dealsCreated;
    private List<ImportRejection> unsaved = new ArrayList<>();
    private String firstStoreFailure;

    synchronized void imported(boolean contactCreated, boolean dealCreated) {
        if (contactCreated) {
            created++;
        } else {
            merged++;
        }
        if (dealCreated) {
            dealsCreated++;
        }
    }

    synchronized void rejected(ImportRejection rejection) {
        rejected++;
        unsaved.add(rejection);
    }

    /** A row the intake could not store (a database failure, not the row's fault). */
    synchronized void notStored(ImportRejection rejection) {
        if (firstStoreFailure == null) {
            firstStoreFailure = "row " + rejection.row() + ": " + rejection.reason();
        }
        rejected(rejection);
    }

    synchronized String firstStoreFailure() {
        return firstStoreFailure;
    }

    synchronized ImportJobStore.Counts counts() {
        return new ImportJobStore.Counts(created + merged + rejected, created, merged, rejected, dealsCreated);
    }

    synchronized Snapshot snapshot() {
        List<ImportRejection> taken = unsaved;
        unsaved = new ArrayList<>();
        return new Snapshot(counts(), taken);
    }
}

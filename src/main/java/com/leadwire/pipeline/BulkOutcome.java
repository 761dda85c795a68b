package com.leadwire.pipeline;

import java.util.List;

/** What a {@link BulkChange} did to each deal, in the order asked; {@code done} and {@code refused} count them. */
public record BulkOutcome(BulkChange.Action action, int done, int refused, List<Result> results) {

    /** {@code refusal} and {@code detail} (the service's reason) are null for a deal that was changed. */
    public record Result(long id, boolean done, Refusal refusal, String detail) {

        static Result changed(long id) {
            return new Result(id, true, null, null);
        }

        static Result refused(long id, Refusal refusal, RuntimeException reason) {
            return new Result(id, false, refusal, reason.getMessage());
        }
    }

    /** Why a deal was left as it was: there is no such deal, it belongs to another rep, it changed or may not, or the change is wrong for it. */
    public enum Refusal {
        NOT_FOUND, NOT_YOURS, CONFLICT, INVALID
    }

    static BulkOutcome of(BulkChange.Action action, List<Result> results) {
        int done = (int) results.stream().filter(Result::done).count();
        return new BulkOutcome(action, done, results.size() - done, results);
    }
}

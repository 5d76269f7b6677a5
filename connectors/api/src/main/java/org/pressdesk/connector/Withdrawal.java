package org.pressdesk.connector;

import java.util.Objects;

/**
 * What a channel did when asked to take a publication down; see {@link Connector#withdraw}.
 *
 * @param outcome what became of it
 * @param detail  what was done, for the audit and the person who asked, e.g. "deleted 2 posts on X"
 */
public record Withdrawal(Outcome outcome, String detail) {

    /** What became of a publication asked to be withdrawn. */
    public enum Outcome {
        /** Taken down now (every part of a thread). */
        WITHDRAWN,
        /** It was no longer there (deleted by hand, an earlier request whose answer was lost): counts as withdrawn. */
        ALREADY_GONE,
        /** A radio item already on air: it cannot be taken back, and is reported as such. */
        AIRED
    }

    public Withdrawal {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }

    public static Withdrawal withdrawn(String detail) {
        return new Withdrawal(Outcome.WITHDRAWN, detail);
    }

    public static Withdrawal alreadyGone(String detail) {
        return new Withdrawal(Outcome.ALREADY_GONE, detail);
    }

    public static Withdrawal aired(String detail) {
        return new Withdrawal(Outcome.AIRED, detail);
    }

    /** Whether the publication is off the channel now, whoever took it down. */
    public boolean isWithdrawn() {
        return outcome != Outcome.AIRED;
    }
}

package org.pressdesk.connector;

import java.util.Objects;

/**
 * What a channel shows when asked whether a publication whose answer was lost went out; see
 * {@link Connector#reconcile}. Each case says what was checked, for the audit and for the person
 * who may have to decide.
 */
public sealed interface Reconciliation {

    /** What was looked at, e.g. "the account's 100 newest posts since 2011-12-30T07:00Z". */
    String checked();

    /** The whole publication (every part of a thread) is on the channel. */
    record Found(PublishReceipt receipt, String checked) implements Reconciliation {
        public Found {
            Objects.requireNonNull(receipt, "receipt");
            Objects.requireNonNull(checked, "checked");
        }
    }

    /**
     * The channel shows for certain that the publication is not there, or (for a thread) that only
     * the parts the connector has now journalled are: a re-send with the same key publishes nothing twice.
     */
    record Absent(String checked) implements Reconciliation {
        public Absent {
            Objects.requireNonNull(checked, "checked");
        }
    }

    /** The channel cannot tell (no timeline access, the window is too old, the text is ambiguous): a person decides. */
    record Undetermined(String checked) implements Reconciliation {
        public Undetermined {
            Objects.requireNonNull(checked, "checked");
        }
    }

    static Reconciliation found(PublishReceipt receipt, String checked) {
        return new Found(receipt, checked);
    }

    static Reconciliation absent(String checked) {
        return new Absent(checked);
    }

    static Reconciliation undetermined(String checked) {
        return new Undetermined(checked);
    }
}

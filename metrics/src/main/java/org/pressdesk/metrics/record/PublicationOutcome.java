package org.pressdesk.metrics.record;

/** How a publishing target ended up, as far as reports count it. */
public enum PublicationOutcome {
    /** The channel has it: it went out. */
    PUBLISHED,
    /** It did not go out, and will not without a person. */
    FAILED,
    /** It may or may not have gone out; a person or a look at the channel decides. */
    OUTCOME_UNKNOWN,
    /**
     * It went out and was taken down again (the target WITHDRAWN): no longer counted as published, but its
     * publication still counts for the success rate and the lag. Recorded on the publication's date.
     */
    WITHDRAWN
}

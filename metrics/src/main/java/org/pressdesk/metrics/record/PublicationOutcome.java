package org.pressdesk.metrics.record;

/** How a publishing target ended up, as far as reports count it. */
public enum PublicationOutcome {
    /** The channel has it: it went out. */
    PUBLISHED,
    /** It did not go out, and will not without a person. */
    FAILED,
    /** It may or may not have gone out; a person or a look at the channel decides. */
    OUTCOME_UNKNOWN
}

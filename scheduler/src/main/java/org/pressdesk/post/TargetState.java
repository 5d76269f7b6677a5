package org.pressdesk.post;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one publish target stands. Each target of a post moves on its own:
 *
 * <pre>
 * DRAFT → SUBMITTED → APPROVED → SCHEDULED → PUBLISHING → PUBLISHED
 *                                                      ↘ FAILED | OUTCOME_UNKNOWN
 * </pre>
 *
 * A scheduled target that cannot be sent at all (its channel was removed from the configuration,
 * its approved text no longer fits) fails without ever being PUBLISHING.
 *
 * plus the ways back a press office needs: a submission returned to draft, a failed or uncertain
 * target re-sent, a lease expiry or a retry returning PUBLISHING to SCHEDULED, and cancelling
 * anything not yet in flight.
 */
public enum TargetState {
    DRAFT,
    SUBMITTED,
    APPROVED,
    SCHEDULED,
    PUBLISHING,
    PUBLISHED,
    FAILED,
    OUTCOME_UNKNOWN,
    CANCELLED;

    /** The states this one may move to. */
    public Set<TargetState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, CANCELLED);
            case SUBMITTED -> EnumSet.of(DRAFT, APPROVED, CANCELLED);
            case APPROVED -> EnumSet.of(SCHEDULED, CANCELLED);
            // FAILED without publishing: the channel is no longer configured, or the text cannot be published.
            case SCHEDULED -> EnumSet.of(SCHEDULED, PUBLISHING, FAILED, CANCELLED);
            // Back to SCHEDULED is a retry or a recovered lease; the other three are outcomes.
            case PUBLISHING -> EnumSet.of(SCHEDULED, PUBLISHED, FAILED, OUTCOME_UNKNOWN);
            case FAILED -> EnumSet.of(SCHEDULED, CANCELLED);
            // Resolved by a person: it did go out (with its link), re-send it, or drop it.
            case OUTCOME_UNKNOWN -> EnumSet.of(PUBLISHED, SCHEDULED, CANCELLED);
            case PUBLISHED, CANCELLED -> EnumSet.noneOf(TargetState.class);
        };
    }

    public boolean canMoveTo(TargetState target) {
        return next().contains(target);
    }

    /** No transition leaves this state. */
    public boolean isFinal() {
        return next().isEmpty();
    }

    /** A target in this state may still be rescheduled by staff. */
    public boolean isReschedulable() {
        return this == DRAFT || this == SUBMITTED || this == APPROVED || this == SCHEDULED || this == FAILED;
    }
}

package org.pressdesk.post;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one publish target stands. Each target of a post moves on its own:
 *
 * <pre>
 * DRAFT → SUBMITTED → APPROVED → SCHEDULED → PUBLISHING → PUBLISHED → WITHDRAWING → WITHDRAWN
 *                                                      ↘ FAILED | OUTCOME_UNKNOWN    ↘ WITHDRAWAL_FAILED
 * </pre>
 *
 * A scheduled target that cannot be sent at all (its channel was removed from the configuration,
 * its approved text no longer fits) fails without being PUBLISHING again; one whose earlier attempt
 * may be out, on a channel that has since forgotten its idempotency key, becomes OUTCOME_UNKNOWN.
 *
 * plus the ways back a press office needs: a submission returned to draft, a failed or uncertain
 * target re-sent, a lease expiry or a retry returning PUBLISHING to SCHEDULED, and cancelling
 * anything not yet in flight. An OUTCOME_UNKNOWN target is settled by the dispatcher looking for it
 * on the channel, or by a person.
 *
 * <p>A SCHEDULED target that waited out a pause for longer than {@code pressdesk.control.staleness} is
 * HELD back for a person instead of going out late by surprise: rescheduling releases it, or it is cancelled.
 *
 * <p>A published target is taken down again by withdrawing it: WITHDRAWING is queued and claimed like
 * SCHEDULED (deleting twice is harmless, so a retry or a recovered lease simply asks again), and ends
 * WITHDRAWN or WITHDRAWAL_FAILED, from which a person may try again.
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
    CANCELLED,
    HELD,
    WITHDRAWING,
    WITHDRAWN,
    WITHDRAWAL_FAILED;

    /** The states this one may move to. */
    public Set<TargetState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, CANCELLED);
            case SUBMITTED -> EnumSet.of(DRAFT, APPROVED, CANCELLED);
            case APPROVED -> EnumSet.of(SCHEDULED, CANCELLED);
            // Settled without being sent: FAILED when its channel is no longer configured or its text cannot be
            // published; OUTCOME_UNKNOWN when an earlier attempt may be out and the channel forgot its key.
            case SCHEDULED -> EnumSet.of(SCHEDULED, PUBLISHING, FAILED, OUTCOME_UNKNOWN, CANCELLED, HELD);
            // Back to SCHEDULED is a retry or a recovered lease; the other three are outcomes.
            case PUBLISHING -> EnumSet.of(SCHEDULED, PUBLISHED, FAILED, OUTCOME_UNKNOWN);
            // WITHDRAWING: a thread that failed half-way has its first parts on the channel, to be taken down.
            case FAILED -> EnumSet.of(SCHEDULED, CANCELLED, WITHDRAWING);
            // Settled by looking on the channel or by a person: it did go out (with its link), re-send it, or
            // drop it; FAILED when the channel shows that none of the attempts went out and none are left;
            // unknown again with the next look at the channel, or left to a person.
            case OUTCOME_UNKNOWN -> EnumSet.of(PUBLISHED, SCHEDULED, CANCELLED, FAILED, OUTCOME_UNKNOWN);
            case PUBLISHED -> EnumSet.of(WITHDRAWING);
            // Staying WITHDRAWING is a retry, a rate-limit wait or a recovered lease.
            case WITHDRAWING -> EnumSet.of(WITHDRAWN, WITHDRAWAL_FAILED, WITHDRAWING);
            case WITHDRAWAL_FAILED -> EnumSet.of(WITHDRAWING);
            case WITHDRAWN, CANCELLED -> EnumSet.noneOf(TargetState.class);
            // Held back after a pause: a person gives it a new time or drops it.
            case HELD -> EnumSet.of(SCHEDULED, CANCELLED);
        };
    }

    public boolean canMoveTo(TargetState target) {
        return next().contains(target);
    }

    /** No transition leaves this state. */
    public boolean isFinal() {
        return next().isEmpty();
    }

    /** The target was published on its channel, whether or not it was withdrawn since. */
    public boolean wentOut() {
        return this == PUBLISHED || this == WITHDRAWING || this == WITHDRAWN || this == WITHDRAWAL_FAILED;
    }

    /** A target in this state may still be rescheduled by staff. */
    public boolean isReschedulable() {
        return this == DRAFT || this == SUBMITTED || this == APPROVED || this == SCHEDULED || this == FAILED
                || this == HELD;
    }
}

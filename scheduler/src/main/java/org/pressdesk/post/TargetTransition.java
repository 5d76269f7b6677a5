package org.pressdesk.post;

import java.time.Instant;

/**
 * One audited state change.
 *
 * @param from null for a target's creation
 */
public record TargetTransition(long targetId, long postId, String actor, Instant occurredAt, TargetState from,
                               TargetState to, String reason) {

    private static final int MAX_REASON = 2000;

    public TargetTransition {
        if (reason != null && reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON);
        }
    }
}

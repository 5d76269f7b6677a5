package org.pressdesk.calendar;

import java.time.Instant;
import org.pressdesk.post.TargetState;

/**
 * A post on one channel, placed on the calendar at the time it is due, or went out.
 *
 * @param at when it went out (a published target) or is due (any other)
 */
public record CalendarItem(long targetId, long postId, String title, String channel, TargetState state, Instant at) {

    /** Whether staff may still move it, by dragging or with its form. */
    public boolean movable() {
        return state.isReschedulable();
    }
}

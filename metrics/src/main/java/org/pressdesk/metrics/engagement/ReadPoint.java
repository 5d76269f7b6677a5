package org.pressdesk.metrics.engagement;

import java.time.Duration;

/**
 * When after publishing a post's engagement is read. A point not read within its window (the channel
 * was down, the read budget was spent) is skipped, and the next point is read instead.
 */
public enum ReadPoint {
    H1(Duration.ofHours(1), Duration.ofHours(23)),
    H24(Duration.ofHours(24), Duration.ofDays(6)),
    D7(Duration.ofDays(7), Duration.ofDays(1));

    private final Duration after;
    private final Duration window;

    ReadPoint(Duration after, Duration window) {
        this.after = after;
        this.window = window;
    }

    /** How long after publishing it is read. */
    public Duration after() {
        return after;
    }

    /** How long after {@link #after()} a read still counts for this point. */
    public Duration window() {
        return window;
    }
}

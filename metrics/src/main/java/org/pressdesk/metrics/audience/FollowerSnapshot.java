package org.pressdesk.metrics.audience;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A channel account's followers on one office-zone date (the last successful read that day).
 *
 * @param channelId the channel account
 * @param date      the office-zone date it counts for
 * @param followers the follower count the channel reported
 * @param readAt    when it was read
 * @param trigger   what asked for it
 */
public record FollowerSnapshot(String channelId, LocalDate date, long followers, Instant readAt, Trigger trigger) {

    public FollowerSnapshot {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(readAt, "readAt");
        Objects.requireNonNull(trigger, "trigger");
        if (followers < 0) {
            throw new IllegalArgumentException("followers must be >= 0");
        }
    }

    /** What asked for a snapshot. */
    public enum Trigger {
        /** The daily collection. */
        SCHEDULE,
        /** Someone asked through the API. */
        API,
        /** Loaded with sample or imported data. */
        IMPORT
    }
}

package org.pressdesk.connector;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * An account's audience at one moment.
 *
 * @param followers the follower count, empty for channels without followers (radio, outbox)
 * @param readAt    when it was read; null for {@link #NONE}
 */
public record Audience(OptionalLong followers, Instant readAt) {

    /** For channels that have no followers to count. */
    public static final Audience NONE = new Audience(OptionalLong.empty(), null);

    public static Audience followers(long count, Instant readAt) {
        if (count < 0) {
            throw new IllegalArgumentException("follower count must be >= 0");
        }
        return new Audience(OptionalLong.of(count), readAt);
    }
}

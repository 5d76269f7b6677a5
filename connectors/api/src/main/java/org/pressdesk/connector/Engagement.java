package org.pressdesk.connector;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How people engaged with one publication, as the channel counts it at one moment.
 *
 * @param likes       likes (X), attitudes (Weibo), favourites (Mastodon)
 * @param reposts     reposts, retweets or boosts
 * @param replies     replies or comments
 * @param impressions how often it was shown, where the platform tells (X only); empty otherwise
 * @param readAt      when it was read
 */
public record Engagement(long likes, long reposts, long replies, OptionalLong impressions, Instant readAt) {

    public Engagement {
        Objects.requireNonNull(impressions, "impressions");
        Objects.requireNonNull(readAt, "readAt");
        if (likes < 0 || reposts < 0 || replies < 0 || impressions.orElse(0) < 0) {
            throw new IllegalArgumentException("engagement counts must be >= 0");
        }
    }
}

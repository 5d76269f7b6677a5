package org.pressdesk.metrics.engagement;

import java.time.Instant;
import java.util.Objects;

/**
 * One post's engagement read at one point after it was published.
 *
 * @param targetId    the published target
 * @param point       which read it is
 * @param channelId   the channel account
 * @param remoteId    the channel's id of the post
 * @param readAt      when it was read
 * @param likes       likes, attitudes or favourites
 * @param reposts     reposts, retweets or boosts
 * @param replies     replies or comments
 * @param impressions views, where the platform gives them; null otherwise
 */
public record EngagementReading(long targetId, ReadPoint point, String channelId, String remoteId, Instant readAt,
                                long likes, long reposts, long replies, Long impressions) {

    public EngagementReading {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(remoteId, "remoteId");
        Objects.requireNonNull(readAt, "readAt");
    }
}

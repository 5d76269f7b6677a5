package org.pressdesk.engagement;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pressdesk.collection.MetricsProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many engagement reads a channel may make now. Reads have a budget of their own per channel
 * ({@code reads-per-day} in any 24 hours, counted across the cluster from the stored reads), and give way to
 * publishing: none while the channel rate-limits a read or a publication waits on its rate limit, and on a
 * channel with a daily allowance ({@code calls-per-day}, Weibo's ~100) none that would eat into what publishing
 * used in the last 24 hours, what is scheduled for the next 24 and a reserve ({@code reserve-share}).
 */
@Component
public class EngagementBudget {

    private static final Duration DAY = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final MetricsProperties.Engagement properties;
    private final Map<String, Instant> rateLimitedUntil = new ConcurrentHashMap<>();

    public EngagementBudget(JdbcClient jdbc, MetricsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties.engagement();
    }

    /**
     * The reads the channel may make in this run.
     *
     * @param channelId the channel account
     * @param now       the current time
     * @return 0 or more, at most {@code per-run}
     */
    public int allowance(String channelId, Instant now) {
        Instant limitedUntil = rateLimitedUntil.get(channelId);
        if (limitedUntil != null && now.isBefore(limitedUntil)) {
            return 0;
        }
        if (publishingWaitsOnTheChannel(channelId, now)) {
            return 0;
        }
        long readsToday = readsSince(channelId, now.minus(DAY));
        long left = properties.readsPerDay(channelId) - readsToday;
        Integer callsPerDay = properties.callsPerDay(channelId);
        if (callsPerDay != null) {
            long reserve = (long) Math.ceil(callsPerDay * properties.reserveShare());
            long spare = callsPerDay - publishCallsSince(channelId, now.minus(DAY))
                    - publicationsDueBefore(channelId, now.plus(DAY)) - reserve - readsToday;
            left = Math.min(left, spare);
        }
        return (int) Math.max(0, Math.min(left, properties.perRun()));
    }

    /** The channel refused a read until {@code retryAt}: no reads before then. */
    public void rateLimited(String channelId, Instant retryAt) {
        rateLimitedUntil.merge(channelId, retryAt, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
    }

    private long readsSince(String channelId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM engagement_reading WHERE channel_id = ? AND read_at > ?")
                .params(channelId, utc(since))
                .query(Long.class)
                .single();
    }

    /** Publish calls counted by the outcomes reached since then (each outcome carries its target's attempts). */
    private long publishCallsSince(String channelId, Instant since) {
        return jdbc.sql("SELECT COALESCE(SUM(attempts), 0) FROM publication_record WHERE channel_id = ? AND occurred_at > ?")
                .params(channelId, utc(since))
                .query(Long.class)
                .single();
    }

    private long publicationsDueBefore(String channelId, Instant before) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM publish_target
                        WHERE channel_id = ? AND state IN ('APPROVED', 'SCHEDULED', 'PUBLISHING')
                          AND (scheduled_at IS NULL OR scheduled_at < ?)""")
                .params(channelId, utc(before))
                .query(Long.class)
                .single();
    }

    /** A publication on the channel is waiting for a later attempt after the channel's rate limit stopped it. */
    private boolean publishingWaitsOnTheChannel(String channelId, Instant now) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM publish_target
                        WHERE channel_id = ? AND state = 'SCHEDULED' AND rate_limited_waits > 0 AND next_attempt_at > ?""")
                .params(channelId, utc(now))
                .query(Long.class)
                .single() > 0;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

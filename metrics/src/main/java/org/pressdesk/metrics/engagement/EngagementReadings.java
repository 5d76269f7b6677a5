package org.pressdesk.metrics.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.pressdesk.metrics.rollup.RollupState;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Engagement reads ({@code engagement_reading}, every read) and each post's newest one
 * ({@code engagement_latest}, which reports sum).
 */
public class EngagementReadings {

    private final JdbcClient jdbc;
    private final RollupState rollups;

    public EngagementReadings(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rollups = new RollupState(jdbc);
    }

    /**
     * Stores a read, and makes it the post's latest unless a later point was read already.
     *
     * @param reading    the read
     * @param officeDate the office-zone date the post's publication counts on
     */
    public void store(EngagementReading reading, LocalDate officeDate) {
        jdbc.sql("DELETE FROM engagement_reading WHERE target_id = ? AND read_point = ?")
                .params(reading.targetId(), reading.point().name())
                .update();
        jdbc.sql("""
                        INSERT INTO engagement_reading (target_id, read_point, channel_id, remote_id, read_at, likes,
                            reposts, replies, impressions)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reading.targetId(), reading.point().name(), reading.channelId(), reading.remoteId(),
                        utc(reading.readAt()), reading.likes(), reading.reposts(), reading.replies(),
                        reading.impressions())
                .update();
        List<String> latest = jdbc.sql("SELECT read_point FROM engagement_latest WHERE target_id = ?")
                .param(reading.targetId())
                .query(String.class)
                .list();
        if (!latest.isEmpty() && ReadPoint.valueOf(latest.getFirst()).compareTo(reading.point()) > 0) {
            return;
        }
        jdbc.sql("DELETE FROM engagement_latest WHERE target_id = ?").param(reading.targetId()).update();
        jdbc.sql("""
                        INSERT INTO engagement_latest (target_id, channel_id, office_date, read_point, read_at, likes,
                            reposts, replies, impressions, score)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reading.targetId(), reading.channelId(), officeDate, reading.point().name(),
                        utc(reading.readAt()), reading.likes(), reading.reposts(), reading.replies(),
                        reading.impressions(), reading.likes() + reading.reposts() + reading.replies())
                .update();
        rollups.changed(reading.channelId(), officeDate);
    }

    /** Every read of a post, in read-point order. */
    public List<EngagementReading> ofTarget(long targetId) {
        return jdbc.sql("SELECT * FROM engagement_reading WHERE target_id = ?")
                .param(targetId)
                .query((row, n) -> new EngagementReading(row.getLong("target_id"),
                        ReadPoint.valueOf(row.getString("read_point")), row.getString("channel_id"),
                        row.getString("remote_id"), row.getObject("read_at", OffsetDateTime.class).toInstant(),
                        row.getLong("likes"), row.getLong("reposts"), row.getLong("replies"),
                        (Long) row.getObject("impressions", Long.class)))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(EngagementReading::point))
                .toList();
    }

    /**
     * Published posts whose read at some point is due at {@code now} and not done: published at least
     * that point's offset ago and within its window. Oldest first, at most {@code limit} per channel asked for.
     *
     * @param channelId the channel account
     * @param now       the current time
     * @param limit     how many to return at most
     */
    public List<DueRead> due(String channelId, Instant now, int limit) {
        List<DueRead> due = new ArrayList<>();
        for (ReadPoint point : ReadPoint.values()) {
            if (due.size() >= limit) {
                break;
            }
            Instant latestPublished = now.minus(point.after());
            Instant earliestPublished = latestPublished.minus(point.window());
            due.addAll(jdbc.sql("""
                            SELECT r.target_id, r.channel_id, r.remote_id, r.published_at, r.office_date
                            FROM publication_record r
                            WHERE r.published_at > ? AND r.published_at <= ? AND r.channel_id = ? AND r.latest
                              AND r.outcome = 'PUBLISHED' AND r.remote_id IS NOT NULL
                              AND NOT EXISTS (SELECT 1 FROM engagement_reading e
                                              WHERE e.target_id = r.target_id AND e.read_point = ?)
                              AND NOT EXISTS (SELECT 1 FROM engagement_latest l
                                              WHERE l.target_id = r.target_id AND l.read_point IN (%s))
                            ORDER BY r.published_at
                            FETCH FIRST %d ROWS ONLY""".formatted(laterPoints(point), limit - due.size()))
                    .params(utc(earliestPublished), utc(latestPublished), channelId, point.name())
                    .query((row, n) -> new DueRead(row.getLong("target_id"), row.getString("channel_id"),
                            row.getString("remote_id"), row.getObject("published_at", OffsetDateTime.class).toInstant(),
                            row.getObject("office_date", LocalDate.class), point))
                    .list());
        }
        return due;
    }

    private static String laterPoints(ReadPoint point) {
        StringBuilder names = new StringBuilder("''");
        for (ReadPoint later : ReadPoint.values()) {
            if (later.compareTo(point) > 0) {
                names.append(", '").append(later.name()).append('\'');
            }
        }
        return names.toString();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

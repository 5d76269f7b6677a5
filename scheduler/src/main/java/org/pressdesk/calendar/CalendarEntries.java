package org.pressdesk.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pressdesk.post.TargetState;
import org.pressdesk.system.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the calendar shows of posts: each target past approval (drafts and submissions are not planned yet,
 * cancelled ones never will be) at its publishing time, or the time it went out.
 */
@Repository
class CalendarEntries {

    private static final String ITEMS = """
            SELECT t.id, t.post_id, p.title, t.channel_id, t.state, COALESCE(t.published_at, t.scheduled_at) AS at
              FROM publish_target t JOIN post p ON p.id = t.post_id
             WHERE t.state NOT IN ('DRAFT', 'SUBMITTED', 'CANCELLED')""";

    private final JdbcClient jdbc;

    CalendarEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The items at or after {@code from} and before {@code before}, on one channel or (null) all, in time order. */
    List<CalendarItem> between(Instant from, Instant before, String channel) {
        var query = jdbc.sql("SELECT * FROM (" + ITEMS + ") i WHERE i.at >= :from AND i.at < :before"
                        + (channel == null ? "" : " AND i.channel_id = :channel") + " ORDER BY i.at, i.id")
                .param("from", SqlTime.param(from)).param("before", SqlTime.param(before));
        if (channel != null) {
            query = query.param("channel", channel);
        }
        return query.query((row, n) -> new CalendarItem(row.getLong("id"), row.getLong("post_id"),
                row.getString("title"), row.getString("channel_id"), TargetState.valueOf(row.getString("state")),
                SqlTime.read(row, "at"))).list();
    }

    /** One target as the calendar shows it, whatever its state. */
    Optional<CalendarItem> target(long targetId) {
        return jdbc.sql("""
                        SELECT t.id, t.post_id, p.title, t.channel_id, t.state,
                               COALESCE(t.published_at, t.scheduled_at) AS at
                          FROM publish_target t JOIN post p ON p.id = t.post_id WHERE t.id = :id""")
                .param("id", targetId)
                .query((row, n) -> new CalendarItem(row.getLong("id"), row.getLong("post_id"), row.getString("title"),
                        row.getString("channel_id"), TargetState.valueOf(row.getString("state")),
                        SqlTime.read(row, "at")))
                .optional();
    }
}

package org.pressdesk.metrics.audience;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Follower snapshots ({@code follower_snapshot}) and failed reads ({@code follower_read_failure}). */
public class FollowerSnapshots {

    private static final int MESSAGE_LENGTH = 2000;

    private final JdbcClient jdbc;

    public FollowerSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a snapshot read from the channel; a later read on the same date replaces an earlier one. */
    public void store(FollowerSnapshot snapshot) {
        store(snapshot, null);
    }

    /**
     * Stores a snapshot, replacing any earlier one of the same date.
     *
     * @param enteredBy who entered it by hand (normalised name); null for a read from the channel
     */
    public void store(FollowerSnapshot snapshot, String enteredBy) {
        int updated = jdbc.sql("""
                        UPDATE follower_snapshot SET followers = ?, read_at = ?, trigger_source = ?, entered_by = ?
                        WHERE channel_id = ? AND snapshot_date = ?""")
                .params(snapshot.followers(), utc(snapshot.readAt()), snapshot.trigger().name(), enteredBy,
                        snapshot.channelId(), snapshot.date())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO follower_snapshot (channel_id, snapshot_date, followers, read_at, trigger_source,
                                entered_by)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(snapshot.channelId(), snapshot.date(), snapshot.followers(), utc(snapshot.readAt()),
                            snapshot.trigger().name(), enteredBy)
                    .update();
        }
    }

    /** Whether the account has a snapshot for {@code date}. */
    public boolean has(String channelId, LocalDate date) {
        return find(channelId, date).isPresent();
    }

    public Optional<FollowerSnapshot> find(String channelId, LocalDate date) {
        return jdbc.sql("SELECT * FROM follower_snapshot WHERE channel_id = ? AND snapshot_date = ?")
                .params(channelId, date)
                .query(FollowerSnapshots::snapshot)
                .optional();
    }

    /** The account's most recent snapshot, if it has any. */
    public Optional<FollowerSnapshot> latest(String channelId) {
        return jdbc.sql("""
                        SELECT * FROM follower_snapshot WHERE channel_id = ?
                        ORDER BY snapshot_date DESC FETCH FIRST 1 ROWS ONLY""")
                .params(channelId)
                .query(FollowerSnapshots::snapshot)
                .optional();
    }

    /** Snapshots between two dates (inclusive), by channel and date; every channel when {@code channelId} is null. */
    public List<FollowerSnapshot> between(String channelId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT * FROM follower_snapshot
                        WHERE (CAST(? AS VARCHAR(100)) IS NULL OR channel_id = ?) AND snapshot_date BETWEEN ? AND ?
                        ORDER BY channel_id, snapshot_date""")
                .params(channelId, channelId, from, to)
                .query(FollowerSnapshots::snapshot)
                .list();
    }

    /** Records a read that failed. */
    public void failed(FollowerReadFailure failure) {
        String message = failure.message() == null || failure.message().isBlank() ? "no reason given" : failure.message();
        jdbc.sql("INSERT INTO follower_read_failure (channel_id, snapshot_date, failed_at, message) VALUES (?, ?, ?, ?)")
                .params(failure.channelId(), failure.date(), utc(failure.failedAt()),
                        message.length() > MESSAGE_LENGTH ? message.substring(0, MESSAGE_LENGTH) : message)
                .update();
    }

    /** Failed reads between two dates (inclusive), newest first; every channel when {@code channelId} is null. */
    public List<FollowerReadFailure> failuresBetween(String channelId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT * FROM follower_read_failure
                        WHERE (CAST(? AS VARCHAR(100)) IS NULL OR channel_id = ?) AND snapshot_date BETWEEN ? AND ?
                        ORDER BY failed_at DESC, id DESC""")
                .params(channelId, channelId, from, to)
                .query((row, n) -> new FollowerReadFailure(row.getString("channel_id"),
                        row.getObject("snapshot_date", LocalDate.class), instant(row, "failed_at"),
                        row.getString("message")))
                .list();
    }

    private static FollowerSnapshot snapshot(ResultSet row, int number) throws SQLException {
        return new FollowerSnapshot(row.getString("channel_id"), row.getObject("snapshot_date", LocalDate.class),
                row.getLong("followers"), instant(row, "read_at"),
                FollowerSnapshot.Trigger.valueOf(row.getString("trigger_source")));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

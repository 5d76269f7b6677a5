package org.pressdesk.metrics.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Fills the daily rollups ({@code publication_daily}, {@code publication_daily_lag}, {@code engagement_daily}) for
 * days that have settled — {@value #SETTLE_DAYS} days old, past the last engagement read — and again for rolled-up
 * days marked dirty since. Each month is rolled in a transaction of its own and the state advanced with it. Days
 * just rolled are then counted again from the raw tables: a change that committed while they were being rolled
 * marks its day dirty, to be rolled again next time.
 */
public class DailyRollup {

    /** Days after which a day's figures no longer change in the ordinary course (the +7 d engagement read, +1 d). */
    public static final int SETTLE_DAYS = 9;

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final RollupState state;

    public DailyRollup(JdbcClient jdbc, TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.state = new RollupState(jdbc);
    }

    /**
     * Rolls up every settled day not rolled up yet, and every dirty day.
     *
     * @param today the office-zone date today
     * @return what was rolled
     */
    public Result rollUp(LocalDate today) {
        LocalDate through = today.minusDays(SETTLE_DAYS);
        Optional<LocalDate> rolled = state.rolledThrough();
        LocalDate start = rolled.map(day -> day.plusDays(1)).orElseGet(this::firstDay);
        List<LocalDate[]> ranges = new ArrayList<>();
        if (start != null && !start.isAfter(through)) {
            for (LocalDate from = start; !from.isAfter(through); ) {
                LocalDate to = from.withDayOfMonth(from.lengthOfMonth());
                if (to.isAfter(through)) {
                    to = through;
                }
                LocalDate first = from;
                LocalDate last = to;
                transactions.executeWithoutResult(status -> {
                    rollRange(first, last, null);
                    jdbc.sql("UPDATE metrics_rollup_state SET rolled_through = ? WHERE id = 1").param(last).update();
                });
                ranges.add(new LocalDate[] {first, last});
                from = to.plusDays(1);
            }
        } else if (rolled.isEmpty() && start == null) {
            // Nothing recorded yet: every day up to now is (emptily) rolled up.
            jdbc.sql("UPDATE metrics_rollup_state SET rolled_through = ? WHERE id = 1").param(through).update();
        }
        int dirty = rollDirtyDays();
        int mismatches = 0;
        for (LocalDate[] range : ranges) {
            mismatches += verify(range[0], range[1]);
        }
        return new Result(ranges.isEmpty() ? null : ranges.getFirst()[0],
                ranges.isEmpty() ? null : ranges.getLast()[1], dirty, mismatches);
    }

    /**
     * @param firstDay   the first day rolled for the first time; null when none
     * @param lastDay    the last such day
     * @param dirtyDays  channel-days rolled again because they changed
     * @param mismatches channel-days that changed while being rolled, marked dirty for the next run
     */
    public record Result(LocalDate firstDay, LocalDate lastDay, int dirtyDays, int mismatches) {
    }

    private LocalDate firstDay() {
        return jdbc.sql("""
                        SELECT MIN(first_day) FROM (
                            SELECT MIN(office_date) AS first_day FROM publication_record
                            UNION ALL SELECT MIN(office_date) FROM engagement_latest) days""")
                .query((row, n) -> row.getObject(1, LocalDate.class))
                .optional()
                .orElse(null);
    }

    private int rollDirtyDays() {
        Optional<LocalDate> through = state.rolledThrough();
        if (through.isEmpty()) {
            return 0;
        }
        Map<String, Long> newestMark = new LinkedHashMap<>();
        jdbc.sql("SELECT id, channel_id, office_date FROM metrics_rollup_dirty WHERE office_date <= ? ORDER BY id")
                .param(through.get())
                .query((row, n) -> newestMark.put(row.getString("channel_id") + "\n" + row.getObject("office_date",
                        LocalDate.class), row.getLong("id")))
                .list();
        for (Map.Entry<String, Long> day : newestMark.entrySet()) {
            String[] key = day.getKey().split("\n");
            String channel = key[0];
            LocalDate date = LocalDate.parse(key[1]);
            transactions.executeWithoutResult(status -> {
                rollRange(date, date, channel);
                jdbc.sql("DELETE FROM metrics_rollup_dirty WHERE channel_id = ? AND office_date = ? AND id <= ?")
                        .params(channel, date, day.getValue())
                        .update();
            });
        }
        return newestMark.size();
    }

    /** Replaces the rollups of the days (of one channel, or all when null) with what the raw tables hold. */
    private void rollRange(LocalDate from, LocalDate to, String channel) {
        String only = channel == null ? "" : " AND channel_id = ?";
        List<Object> params = new ArrayList<>(List.of(from, to));
        if (channel != null) {
            params.add(channel);
        }
        for (String table : List.of("publication_daily", "publication_daily_lag", "engagement_daily")) {
            jdbc.sql("DELETE FROM " + table + " WHERE office_date BETWEEN ? AND ?" + only).params(params).update();
        }
        jdbc.sql("""
                        INSERT INTO publication_daily (channel_id, office_date, channel_type, kind, outcome, targets)
                        SELECT channel_id, office_date, MAX(channel_type), kind, outcome, COUNT(*)
                        FROM publication_record WHERE office_date BETWEEN ? AND ? AND latest""" + only
                        + " GROUP BY channel_id, office_date, kind, outcome")
                .params(params)
                .update();
        rollEngagement(only, params);
        rollLags(from, to, only, params);
    }

    /** Sums per channel and day, and the day's top posts, from each post's latest engagement read. */
    private void rollEngagement(String only, List<Object> params) {
        List<Object[]> rows = new ArrayList<>();
        EngagementDay[] day = {null};
        jdbc.sql("""
                        SELECT channel_id, office_date, target_id, likes, reposts, replies, impressions, score
                        FROM engagement_latest WHERE office_date BETWEEN ? AND ?""" + only
                        + " ORDER BY channel_id, office_date, score DESC, target_id")
                .params(params)
                .query(row -> {
                    String channel = row.getString(1);
                    LocalDate date = row.getObject(2, LocalDate.class);
                    if (day[0] == null || !day[0].channel.equals(channel) || !day[0].date.equals(date)) {
                        if (day[0] != null) {
                            rows.add(day[0].row());
                        }
                        day[0] = new EngagementDay(channel, date);
                    }
                    long counted = row.getLong(7);
                    Long impressions = row.wasNull() ? null : counted;
                    day[0].add(row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6), impressions,
                            row.getLong(8));
                });
        if (day[0] != null) {
            rows.add(day[0].row());
        }
        for (Object[] row : rows) {
            jdbc.sql("""
                            INSERT INTO engagement_daily (channel_id, office_date, posts, likes, reposts, replies,
                                impressions, top_posts)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(row)
                    .update();
        }
    }

    /** One channel's engagement on one day, its posts arriving most engaged first. */
    private static final class EngagementDay {
        final String channel;
        final LocalDate date;
        long posts;
        long likes;
        long reposts;
        long replies;
        Long impressions;
        final StringBuilder top = new StringBuilder();

        EngagementDay(String channel, LocalDate date) {
            this.channel = channel;
            this.date = date;
        }

        void add(long target, long likes, long reposts, long replies, Long impressions, long score) {
            if (posts < TopPosts.PER_DAY) {
                top.append(top.isEmpty() ? "" : ";").append(target).append(':').append(score);
            }
            posts++;
            this.likes += likes;
            this.reposts += reposts;
            this.replies += replies;
            if (impressions != null) {
                this.impressions = (this.impressions == null ? 0 : this.impressions) + impressions;
            }
        }

        Object[] row() {
            return new Object[] {channel, date, posts, likes, reposts, replies, impressions, top.toString()};
        }
    }

    private void rollLags(LocalDate from, LocalDate to, String only, List<Object> params) {
        List<Object[]> rows = new ArrayList<>();
        String[] current = {null, null};
        List<Long> lags = new ArrayList<>();
        jdbc.sql("""
                        SELECT channel_id, office_date, lag_ms FROM publication_record
                        WHERE office_date BETWEEN ? AND ? AND latest AND outcome IN ('PUBLISHED', 'WITHDRAWN')
                          AND lag_ms IS NOT NULL"""
                        + only + " ORDER BY channel_id, office_date")
                .params(params)
                .query(row -> {
                    String channel = row.getString(1);
                    String day = row.getObject(2, LocalDate.class).toString();
                    if (!(channel.equals(current[0]) && day.equals(current[1]))) {
                        if (current[0] != null) {
                            rows.add(new Object[] {current[0], LocalDate.parse(current[1]), LagHistogram.encode(lags)});
                        }
                        current[0] = channel;
                        current[1] = day;
                        lags.clear();
                    }
                    lags.add(row.getLong(3));
                });
        if (current[0] != null) {
            rows.add(new Object[] {current[0], LocalDate.parse(current[1]), LagHistogram.encode(lags)});
        }
        for (Object[] row : rows) {
            jdbc.sql("INSERT INTO publication_daily_lag (channel_id, office_date, lags) VALUES (?, ?, ?)")
                    .params(row)
                    .update();
        }
    }

    /** Counts the days again from the raw tables; marks a channel-day whose rollup disagrees dirty. */
    private int verify(LocalDate from, LocalDate to) {
        Set<String> raw = new LinkedHashSet<>();
        jdbc.sql("""
                        SELECT channel_id, office_date, COUNT(*) FROM publication_record
                        WHERE office_date BETWEEN ? AND ? AND latest GROUP BY channel_id, office_date""")
                .params(from, to)
                .query(row -> {
                    raw.add(row.getString(1) + "\n" + row.getObject(2, LocalDate.class) + "\n" + row.getLong(3));
                });
        jdbc.sql("""
                        SELECT channel_id, office_date, COUNT(*) FROM engagement_latest
                        WHERE office_date BETWEEN ? AND ? GROUP BY channel_id, office_date""")
                .params(from, to)
                .query(row -> {
                    raw.add("e\n" + row.getString(1) + "\n" + row.getObject(2, LocalDate.class) + "\n" + row.getLong(3));
                });
        Set<String> rolled = new LinkedHashSet<>();
        jdbc.sql("""
                        SELECT channel_id, office_date, SUM(targets) FROM publication_daily
                        WHERE office_date BETWEEN ? AND ? GROUP BY channel_id, office_date""")
                .params(from, to)
                .query(row -> {
                    rolled.add(row.getString(1) + "\n" + row.getObject(2, LocalDate.class) + "\n" + row.getLong(3));
                });
        jdbc.sql("SELECT channel_id, office_date, posts FROM engagement_daily WHERE office_date BETWEEN ? AND ?")
                .params(from, to)
                .query(row -> {
                    rolled.add("e\n" + row.getString(1) + "\n" + row.getObject(2, LocalDate.class) + "\n"
                            + row.getLong(3));
                });
        Set<String> differing = new LinkedHashSet<>();
        for (String entry : symmetricDifference(raw, rolled)) {
            String[] parts = entry.split("\n");
            int offset = parts[0].equals("e") ? 1 : 0;
            differing.add(parts[offset] + "\n" + parts[offset + 1]);
        }
        for (String day : differing) {
            String[] key = day.split("\n");
            jdbc.sql("INSERT INTO metrics_rollup_dirty (channel_id, office_date) VALUES (?, ?)")
                    .params(key[0], LocalDate.parse(key[1]))
                    .update();
        }
        return differing.size();
    }

    private static Set<String> symmetricDifference(Set<String> one, Set<String> other) {
        Set<String> difference = new LinkedHashSet<>(one);
        difference.removeAll(other);
        Set<String> reverse = new LinkedHashSet<>(other);
        reverse.removeAll(one);
        difference.addAll(reverse);
        return difference;
    }
}

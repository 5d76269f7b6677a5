package org.pressdesk.metrics.report;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.pressdesk.content.ContentKind;
import org.pressdesk.metrics.audience.ListenerFigure;
import org.pressdesk.metrics.record.PublicationOutcome;
import org.pressdesk.metrics.report.ChannelAccountReport.EngagementTotals;
import org.pressdesk.metrics.report.ChannelAccountReport.Followers;
import org.pressdesk.metrics.report.ChannelAccountReport.MonthFigures;
import org.pressdesk.metrics.report.ChannelAccountReport.PeakDay;
import org.pressdesk.metrics.report.ChannelAccountReport.RadioFigures;
import org.pressdesk.metrics.report.ChannelAccountReport.TopPost;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Computes channel reports from the publication records, follower snapshots, engagement reads and
 * listener figures — never from the audit. Every figure is one SQL aggregation over the period
 * (grouped by channel), so the work grows with the period's records and the answer with the number
 * of channels and days, not with the records.
 */
public class ChannelReports {

    /** How many top posts each channel lists. */
    public static final int TOP_POSTS = 5;

    private final JdbcClient jdbc;
    private final Supplier<List<ReportedChannel>> configuredChannels;
    private final ZoneId zone;
    private final Clock clock;

    /**
     * @param jdbc               the database holding the records
     * @param configuredChannels the channel accounts configured now (reported even without data)
     * @param zone               the office zone the records' dates are in
     * @param clock              for the report's time
     */
    public ChannelReports(JdbcClient jdbc, Supplier<List<ReportedChannel>> configuredChannels, ZoneId zone,
                          Clock clock) {
        this.jdbc = jdbc;
        this.configuredChannels = configuredChannels;
        this.zone = zone;
        this.clock = clock;
    }

    /** Every channel account's figures for the period: configured accounts and any with records in it. */
    public ChannelReport report(ReportPeriod period) {
        return report(period, null);
    }

    /**
     * One channel account's figures, or every account's when {@code channelId} is null.
     *
     * @param period    the office-zone dates
     * @param channelId a channel id as stored (see {@link #knows}); null for all
     */
    public ChannelReport report(ReportPeriod period, String channelId) {
        Objects.requireNonNull(period, "period");
        Map<String, ReportedChannel> channels = channels(period, channelId);
        Map<String, Outcomes> outcomes = outcomes(period, channelId);
        Map<String, Duration[]> lags = lags(period, channelId);
        Map<String, TreeMap<LocalDate, Long>> daily = publishedPerDay(period, channelId);
        Map<String, TreeMap<LocalDate, Long>> followers = followers(period, channelId);
        Map<String, EngagementTotals> engagement = engagement(period, channelId);
        Map<String, List<TopPost>> top = topPosts(period, channelId);
        Map<String, List<ListenerFigure>> listeners = listenerFigures(period, channelId);

        List<ChannelAccountReport> reports = new ArrayList<>();
        for (ReportedChannel channel : channels.values()) {
            String id = channel.id();
            Outcomes counted = outcomes.getOrDefault(id, new Outcomes());
            TreeMap<LocalDate, Long> days = daily.getOrDefault(id, new TreeMap<>());
            TreeMap<LocalDate, Long> snapshots = followers.getOrDefault(id, new TreeMap<>());
            Duration[] lag = lags.getOrDefault(id, new Duration[2]);
            reports.add(new ChannelAccountReport(id, channel.type(), channel.displayName(), counted.publishedByKind,
                    counted.published(), counted.failed, counted.unknown, counted.successRate(), lag[0], lag[1],
                    followersOf(period, snapshots), peakDay(days), engagement.getOrDefault(id, EngagementTotals.NONE),
                    top.getOrDefault(id, List.of()),
                    channel.isRadio() ? radio(counted.published(), listeners.getOrDefault(id, List.of())) : null,
                    months(period, days, snapshots)));
        }
        return new ChannelReport(period, zone, clock.instant(), reports);
    }

    /**
     * Whether a channel id names an account reports know: configured now, or with any record, snapshot or
     * listener figure stored.
     */
    public boolean knows(String channelId) {
        if (configuredChannels.get().stream().anyMatch(channel -> channel.id().equals(channelId))) {
            return true;
        }
        return jdbc.sql("""
                        SELECT COUNT(*) FROM (
                            SELECT channel_id FROM publication_record WHERE channel_id = ?
                            UNION ALL SELECT channel_id FROM follower_snapshot WHERE channel_id = ?
                            UNION ALL SELECT channel_id FROM listener_figure WHERE channel_id = ?) known""")
                .params(channelId, channelId, channelId)
                .query(Long.class)
                .single() > 0;
    }

    private Map<String, ReportedChannel> channels(ReportPeriod period, String only) {
        Map<String, ReportedChannel> channels = new TreeMap<>();
        for (ReportedChannel configured : configuredChannels.get()) {
            if (only == null || configured.id().equals(only)) {
                channels.put(configured.id(), configured);
            }
        }
        // Accounts no longer configured still report the period they were used in.
        jdbc.sql("""
                        SELECT channel_id, MAX(channel_type) AS channel_type FROM publication_record
                        WHERE office_date BETWEEN ? AND ? AND (CAST(? AS VARCHAR(100)) IS NULL OR channel_id = ?)
                        GROUP BY channel_id""")
                .params(period.from(), period.to(), only, only)
                .query((row, n) -> new ReportedChannel(row.getString("channel_id"), row.getString("channel_type"),
                        null))
                .list()
                .forEach(recorded -> channels.putIfAbsent(recorded.id(), recorded));
        for (String table : List.of("follower_snapshot WHERE snapshot_date", "listener_figure WHERE period_start")) {
            jdbc.sql("SELECT DISTINCT channel_id FROM " + table + " BETWEEN ? AND ?"
                            + " AND (CAST(? AS VARCHAR(100)) IS NULL OR channel_id = ?)")
                    .params(period.from(), period.to(), only, only)
                    .query(String.class)
                    .list()
                    .forEach(id -> channels.putIfAbsent(id, new ReportedChannel(id,
                            table.startsWith("listener") ? ReportedChannel.RADIO_TYPE : "unconfigured", null)));
        }
        return channels;
    }

    private Map<String, Outcomes> outcomes(ReportPeriod period, String only) {
        Map<String, Outcomes> outcomes = new HashMap<>();
        jdbc.sql("""
                        SELECT channel_id, kind, outcome, COUNT(*) AS targets FROM publication_record
                        WHERE office_date BETWEEN ? AND ? AND latest AND (CAST(? AS VARCHAR(100)) IS NULL OR channel_id = ?)
                        GROUP BY channel_id, kind, outcome""")
                .params(period.from(), period.to(), only, only)
                .query((row, n) -> {
                    Outcomes channel = outcomes.computeIfAbsent(row.getString("channel_id"), id -> new Outcomes());
                    long count = row.getLong("targets");
                    switch (PublicationOutcome.valueOf(row.getString("outcome"))) {
                        case PUBLISHED -> channel.publishedByKind.merge(ContentKind.valueOf(row.getString("kind")),
                                count, Long::sum);
                        case FAILED -> channel.failed += count;
                        case OUTCOME_UNKNOWN -> channel.unknown += count;
                    }
                    return null;
                })
                .list();
        return outcomes;
    }

    private Map<String, Duration[]> lags(ReportPeriod period, String only) {
        Map<String, Duration[]> lags = new HashMap<>();
        jdbc.sql("""
                        SELECT channel_id,
                               PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY lag_ms) AS p50,
                               PERCENTILE_CONT(0.95) WITHIN GROUP (ORDER BY lag_ms) AS p95
                        FROM publication_record
                        WHERE office_date BETWEEN ? AND ? AND latest AND outcome = 'PUBLISHED' AND lag_ms IS NOT NULL
                          AND (CAST(? AS VARCHAR(100)) IS NULL OR channel_id = ?)
                        GROUP BY channel_id""")
                .params(period.from(), period.to(), only, only)
                .query((row, n) -> lags.put(row.getString("channel_id"),
                        new Duration[] {millis(row.getDouble("p50")), millis(row.getDouble("p95"))}))
                .list();
        return lags;
    }

    private static Duration millis(double value) {
        return Duration.ofMillis(Math.round(value));
    }

    private Map<String, TreeMap<LocalDate, Long>> publishedPerDay(ReportPeriod period, String only) {
        Map<String, TreeMap<LocalDate, Long>> days = new HashMap<>();
        jdbc.sql("""
                        SELECT channel_id, office_date, COUNT(*) AS published FROM publication_record
                        WHERE office_date BETWEEN ? AND ? AND latest AND outcome = 'PUBLISHED'
                          AND (CAST(? AS VARCHAR(100)) IS NULL OR channel_id = ?)
                        GROUP BY channel_id, office_date""")
                .params(period.from(), period.to(), only, only)
                .query((row, n) -> days.computeIfAbsent(row.getString("channel_id"), id -> new TreeMap<>())
                        .put(row.getObject("office_date", LocalDate.class), row.getLong("published")))
                .list();
        return days;
    }

    /** Every snapshot in the period, and each account's last one before it. */
    private Map<String, TreeMap<LocalDate, Long>> followers(ReportPeriod period, String only) {
        Map<String, TreeMap<LocalDate, Long>> followers = new HashMap<>();
        jdbc.sql("""
                        SELECT s.channel_id, s.snapshot_date, s.followers FROM follower_snapshot s
                        WHERE (CAST(? AS VARCHAR(100)) IS NULL OR s.channel_id = ?)
                          AND (s.snapshot_date BETWEEN ? AND ?
                               OR s.snapshot_date = (SELECT MAX(b.snapshot_date) FROM follower_snapshot b
                                                     WHERE b.channel_id = s.channel_id AND b.snapshot_date < ?))""")
                .params(only, only, period.from(), period.to(), period.from())
                .query((row, n) -> followers.computeIfAbsent(row.getString("channel_id"), id -> new TreeMap<>())
                        .put(row.getObject("snapshot_date", LocalDate.class), row.getLong("followers")))
                .list();
        return followers;
    }

    private Map<String, EngagementTotals> engagement(ReportPeriod period, String only) {
        Map<String, EngagementTotals> totals = new HashMap<>();
        jdbc.sql("""
                        SELECT channel_id, COUNT(*) AS posts, CAST(SUM(likes) AS BIGINT) AS likes,
                               CAST(SUM(reposts) AS BIGINT) AS reposts, CAST(SUM(replies) AS BIGINT) AS replies,
                               CAST(SUM(impressions) AS BIGINT) AS impressions
                        FROM engagement_latest
                        WHERE office_date BETWEEN ? AND ? AND (CAST(? AS VARCHAR(100)) IS NULL OR channel_id = ?)
                        GROUP BY channel_id""")
                .params(period.from(), period.to(), only, only)
                .query((row, n) -> totals.put(row.getString("channel_id"), new EngagementTotals(row.getLong("posts"),
                        row.getLong("likes"), row.getLong("reposts"), row.getLong("replies"),
                        (Long) row.getObject("impressions", Long.class))))
                .list();
        return totals;
    }

    private Map<String, List<TopPost>> topPosts(ReportPeriod period, String only) {
        Map<String, List<TopPost>> top = new HashMap<>();
        jdbc.sql("""
                        SELECT t.channel_id, t.target_id, t.office_date, t.likes, t.reposts, t.replies, t.impressions,
                               r.post_id, r.title, r.remote_url
                        FROM (SELECT e.*, ROW_NUMBER() OVER (PARTITION BY e.channel_id
                                     ORDER BY e.likes + e.reposts + e.replies DESC, e.target_id) AS place
                              FROM engagement_latest e
                              WHERE e.office_date BETWEEN ? AND ?
                                AND (CAST(? AS VARCHAR(100)) IS NULL OR e.channel_id = ?)) t
                        JOIN publication_record r ON r.target_id = t.target_id AND r.latest
                        WHERE t.place <= %d
                        ORDER BY t.channel_id, t.place""".formatted(TOP_POSTS))
                .params(period.from(), period.to(), only, only)
                .query((row, n) -> top.computeIfAbsent(row.getString("channel_id"), id -> new ArrayList<>())
                        .add(new TopPost(row.getLong("post_id"), row.getLong("target_id"), row.getString("title"),
                                row.getObject("office_date", LocalDate.class), row.getString("remote_url"),
                                row.getLong("likes"), row.getLong("reposts"), row.getLong("replies"),
                                (Long) row.getObject("impressions", Long.class))))
                .list();
        return top;
    }

    private Map<String, List<ListenerFigure>> listenerFigures(ReportPeriod period, String only) {
        Map<String, List<ListenerFigure>> figures = new HashMap<>();
        jdbc.sql("""
                        SELECT channel_id, period_kind, period_start, listeners, minutes_on_air FROM listener_figure
                        WHERE period_start BETWEEN ? AND ? AND (CAST(? AS VARCHAR(100)) IS NULL OR channel_id = ?)""")
                .params(period.from(), period.to(), only, only)
                .query((row, n) -> figures.computeIfAbsent(row.getString("channel_id"), id -> new ArrayList<>())
                        .add(new ListenerFigure(row.getString("channel_id"),
                                ListenerFigure.Period.valueOf(row.getString("period_kind")),
                                row.getObject("period_start", LocalDate.class), row.getLong("listeners"),
                                (Integer) row.getObject("minutes_on_air", Integer.class), "-", clock.instant())))
                .list();
        return figures;
    }

    private static Followers followersOf(ReportPeriod period, TreeMap<LocalDate, Long> snapshots) {
        if (snapshots.isEmpty()) {
            return null;
        }
        Map.Entry<LocalDate, Long> start = snapshots.floorEntry(period.from());
        if (start == null) {
            start = snapshots.firstEntry();
        }
        Map.Entry<LocalDate, Long> end = snapshots.floorEntry(period.to());
        return new Followers(start.getValue(), start.getKey(), end.getValue(), end.getKey());
    }

    private static PeakDay peakDay(TreeMap<LocalDate, Long> days) {
        PeakDay peak = null;
        for (Map.Entry<LocalDate, Long> day : days.entrySet()) {
            if (peak == null || day.getValue() > peak.published()) {
                peak = new PeakDay(day.getKey(), day.getValue());
            }
        }
        return peak;
    }

    private static RadioFigures radio(long items, List<ListenerFigure> figures) {
        List<ListenerFigure> episodes = figures.stream()
                .filter(figure -> figure.period() == ListenerFigure.Period.EPISODE).toList();
        List<ListenerFigure> months = figures.stream()
                .filter(figure -> figure.period() == ListenerFigure.Period.MONTH).toList();
        long minutes = 0;
        for (ListenerFigure episode : episodes) {
            minutes += episode.minutesOnAir() == null ? 0 : episode.minutesOnAir();
        }
        for (ListenerFigure month : months) {
            YearMonth covered = YearMonth.from(month.periodStart());
            boolean episodesKnown = episodes.stream()
                    .anyMatch(episode -> YearMonth.from(episode.periodStart()).equals(covered));
            if (!episodesKnown && month.minutesOnAir() != null) {
                minutes += month.minutesOnAir();
            }
        }
        Long average = episodes.isEmpty() ? null
                : Math.round(episodes.stream().mapToLong(ListenerFigure::listeners).average().orElse(0));
        return new RadioFigures(episodes.size(), items, minutes, figures.size(), average);
    }

    private static List<MonthFigures> months(ReportPeriod period, TreeMap<LocalDate, Long> days,
                                             TreeMap<LocalDate, Long> snapshots) {
        Map<YearMonth, Long> published = new LinkedHashMap<>();
        days.forEach((day, count) -> published.merge(YearMonth.from(day), count, Long::sum));
        List<MonthFigures> months = new ArrayList<>();
        for (YearMonth month : period.months()) {
            LocalDate end = month.atEndOfMonth().isAfter(period.to()) ? period.to() : month.atEndOfMonth();
            Map.Entry<LocalDate, Long> snapshot = snapshots.floorEntry(end);
            months.add(new MonthFigures(month, published.getOrDefault(month, 0L),
                    snapshot == null ? null : snapshot.getValue()));
        }
        return months;
    }

    /** Counting one channel's targets by latest outcome. */
    private static final class Outcomes {
        final Map<ContentKind, Long> publishedByKind = new EnumMap<>(ContentKind.class);
        long failed;
        long unknown;

        long published() {
            return publishedByKind.values().stream().mapToLong(Long::longValue).sum();
        }

        Double successRate() {
            long all = published() + failed + unknown;
            return all == 0 ? null : (double) published() / all;
        }
    }
}

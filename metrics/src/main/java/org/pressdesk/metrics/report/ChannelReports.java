package org.pressdesk.metrics.report;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.pressdesk.content.ContentKind;
import org.pressdesk.metrics.audience.ListenerFigure;
import org.pressdesk.metrics.record.PublicationOutcome;
import org.pressdesk.metrics.record.PublicationRecord;
import org.pressdesk.metrics.rollup.LagHistogram;
import org.pressdesk.metrics.rollup.RollupState;
import org.pressdesk.metrics.rollup.TopPosts;
import org.pressdesk.metrics.report.ChannelAccountReport.EngagementTotals;
import org.pressdesk.metrics.report.ChannelAccountReport.Followers;
import org.pressdesk.metrics.report.ChannelAccountReport.MonthFigures;
import org.pressdesk.metrics.report.ChannelAccountReport.PeakDay;
import org.pressdesk.metrics.report.ChannelAccountReport.RadioFigures;
import org.pressdesk.metrics.report.ChannelAccountReport.TopPost;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Computes channel reports from the publication records, follower snapshots, engagement reads and
 * listener figures — never from the audit. Settled days come from the daily rollups ({@code DailyRollup}),
 * the most recent days and days changed since they were rolled from the raw tables, so a year's report reads
 * a few rows per channel and day rather than every record.
 */
public class ChannelReports {

    /** How many top posts each channel lists. */
    public static final int TOP_POSTS = 5;

    private final JdbcClient jdbc;
    private final RollupState rollups;
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
        this.rollups = new RollupState(jdbc);
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
        Sources sources = sources(period, channelId);
        Map<String, Outcomes> outcomes = new HashMap<>();
        Map<String, TreeMap<LocalDate, Long>> daily = new HashMap<>();
        Map<String, LagHistogram> lags = new HashMap<>();
        Map<String, long[]> engagement = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        TopPosts top = new TopPosts(TOP_POSTS);
        rolledUp(sources, outcomes, daily, lags, engagement, types, top);
        for (Slice slice : sources.raw()) {
            raw(slice, outcomes, daily, lags, engagement, types, top);
        }
        Map<String, List<TopPost>> topPosts = topPosts(top);
        Map<String, TreeMap<LocalDate, Long>> followers = followers(period, channelId);
        Map<String, List<ListenerFigure>> listeners = listenerFigures(period, channelId);
        Map<String, ReportedChannel> channels = channels(channelId, types, followers.keySet(), listeners.keySet());

        List<ChannelAccountReport> reports = new ArrayList<>();
        for (ReportedChannel channel : channels.values()) {
            String id = channel.id();
            Outcomes counted = outcomes.getOrDefault(id, new Outcomes());
            TreeMap<LocalDate, Long> days = daily.getOrDefault(id, new TreeMap<>());
            TreeMap<LocalDate, Long> snapshots = followers.getOrDefault(id, new TreeMap<>());
            LagHistogram lag = lags.getOrDefault(id, new LagHistogram());
            long[] engaged = engagement.get(id);
            reports.add(new ChannelAccountReport(id, channel.type(), channel.displayName(), counted.publishedByKind,
                    counted.published(), counted.failed, counted.unknown, counted.withdrawn, counted.successRate(), lag.percentile(0.5),
                    lag.percentile(0.95), followersOf(period, snapshots), peakDay(days),
                    engaged == null ? EngagementTotals.NONE : new EngagementTotals(engaged[0], engaged[1], engaged[2],
                            engaged[3], engaged[5] == 0 ? null : engaged[4]),
                    topPosts.getOrDefault(id, List.of()),
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

    /**
     * Where the period's figures come from: the rollups up to the day they reach (less the days marked dirty), the
     * raw tables after it and for the dirty days.
     *
     * @param rolledFrom first day read from the rollups; null when none is
     * @param rolledTo   last such day
     */
    private record Sources(String channel, LocalDate rolledFrom, LocalDate rolledTo, List<Slice> raw) {
    }

    /** Raw rows of the days from–to, of one channel or (null) all. */
    private record Slice(String channel, LocalDate from, LocalDate to) {

        String where(String alias) {
            return alias + "office_date BETWEEN ? AND ?" + (channel == null ? "" : " AND " + alias + "channel_id = ?");
        }

        Object[] params() {
            return channel == null ? new Object[] {from, to} : new Object[] {from, to, channel};
        }
    }

    private Sources sources(ReportPeriod period, String only) {
        LocalDate through = rollups.rolledThrough().orElse(null);
        if (through == null || through.isBefore(period.from())) {
            return new Sources(only, null, null, List.of(new Slice(only, period.from(), period.to())));
        }
        LocalDate rolledTo = through.isBefore(period.to()) ? through : period.to();
        List<Slice> raw = new ArrayList<>();
        if (rolledTo.isBefore(period.to())) {
            raw.add(new Slice(only, rolledTo.plusDays(1), period.to()));
        }
        jdbc.sql("SELECT DISTINCT channel_id, office_date FROM metrics_rollup_dirty WHERE office_date BETWEEN ? AND ?")
                .params(period.from(), rolledTo)
                .query((row, n) -> new Slice(row.getString(1), row.getObject(2, LocalDate.class),
                        row.getObject(2, LocalDate.class)))
                .list()
                .stream()
                .filter(slice -> only == null || only.equals(slice.channel()))
                .forEach(raw::add);
        return new Sources(only, period.from(), rolledTo, raw);
    }

    private void rolledUp(Sources sources, Map<String, Outcomes> outcomes, Map<String, TreeMap<LocalDate, Long>> daily,
                          Map<String, LagHistogram> lags, Map<String, long[]> engagement, Map<String, String> types,
                          TopPosts top) {
        if (sources.rolledFrom() == null) {
            return;
        }
        Slice rolled = new Slice(sources.channel(), sources.rolledFrom(), sources.rolledTo());
        rolledCounts(rolled, 1, outcomes, daily, types);
        // A dirty day's rollup is taken out again; its raw rows are read instead.
        Set<String> dirty = new HashSet<>();
        for (Slice slice : sources.raw()) {
            if (slice.channel() != null && slice.from().equals(slice.to()) && !slice.to().isAfter(sources.rolledTo())) {
                rolledCounts(slice, -1, outcomes, daily, types);
                dirty.add(slice.channel() + "\n" + slice.from());
            }
        }
        jdbc.sql("SELECT t.channel_id, t.office_date, t.lags FROM publication_daily_lag t WHERE " + rolled.where("t."))
                .params(rolled.params())
                .query((RowCallbackHandler) row -> {
                    if (!dirty.contains(row.getString(1) + "\n" + row.getObject(2, LocalDate.class))) {
                        lags.computeIfAbsent(row.getString(1), id -> new LagHistogram()).addStored(row.getString(3));
                    }
                });
        jdbc.sql("SELECT t.channel_id, t.office_date, t.posts, t.likes, t.reposts, t.replies, t.impressions, t.top_posts"
                        + " FROM engagement_daily t WHERE " + rolled.where("t."))
                .params(rolled.params())
                .query((RowCallbackHandler) row -> {
                    String channel = row.getString(1);
                    if (dirty.contains(channel + "\n" + row.getObject(2, LocalDate.class))) {
                        return;
                    }
                    long[] totals = engagement.computeIfAbsent(channel, id -> new long[6]);
                    for (int i = 0; i < 4; i++) {
                        totals[i] += row.getLong(i + 3);
                    }
                    long impressions = row.getLong(7);
                    if (!row.wasNull()) {
                        totals[4] += impressions;
                        totals[5]++;
                    }
                    top.addStored(channel, row.getString(8));
                });
    }

    /** Adds ({@code sign} 1) or takes out (-1) the rolled-up targets of the slice. */
    private void rolledCounts(Slice slice, int sign, Map<String, Outcomes> outcomes,
                              Map<String, TreeMap<LocalDate, Long>> daily, Map<String, String> types) {
        jdbc.sql("SELECT t.channel_id, MAX(t.channel_type), t.kind, t.outcome, SUM(t.targets) FROM publication_daily t"
                        + " WHERE " + slice.where("t.") + " GROUP BY t.channel_id, t.kind, t.outcome")
                .params(slice.params())
                .query((RowCallbackHandler) row -> count(outcomes, types, row.getString(1), row.getString(2),
                        row.getString(3), row.getString(4), sign * row.getLong(5)));
        jdbc.sql("SELECT t.channel_id, t.office_date, SUM(t.targets) FROM publication_daily t WHERE "
                        + slice.where("t.") + " AND t.outcome = 'PUBLISHED' GROUP BY t.channel_id, t.office_date")
                .params(slice.params())
                .query((RowCallbackHandler) row -> {
                    TreeMap<LocalDate, Long> days = daily.computeIfAbsent(row.getString(1), id -> new TreeMap<>());
                    LocalDate day = row.getObject(2, LocalDate.class);
                    long count = days.getOrDefault(day, 0L) + sign * row.getLong(3);
                    if (count == 0) {
                        days.remove(day);
                    } else {
                        days.put(day, count);
                    }
                });
    }

    private void raw(Slice slice, Map<String, Outcomes> outcomes, Map<String, TreeMap<LocalDate, Long>> daily,
                     Map<String, LagHistogram> lags, Map<String, long[]> engagement, Map<String, String> types,
                     TopPosts top) {
        jdbc.sql("SELECT channel_id, MAX(channel_type), kind, outcome, COUNT(*) FROM publication_record WHERE "
                        + slice.where("") + " AND latest GROUP BY channel_id, kind, outcome")
                .params(slice.params())
                .query((RowCallbackHandler) row -> count(outcomes, types, row.getString(1), row.getString(2),
                        row.getString(3), row.getString(4), row.getLong(5)));
        jdbc.sql("SELECT channel_id, office_date, COUNT(*) FROM publication_record WHERE " + slice.where("")
                        + " AND latest AND outcome = 'PUBLISHED' GROUP BY channel_id, office_date")
                .params(slice.params())
                .query((RowCallbackHandler) row -> daily.computeIfAbsent(row.getString(1), id -> new TreeMap<>())
                        .merge(row.getObject(2, LocalDate.class), row.getLong(3), Long::sum));
        jdbc.sql("SELECT channel_id, lag_ms FROM publication_record WHERE " + slice.where("")
                        + " AND latest AND outcome IN ('PUBLISHED', 'WITHDRAWN') AND lag_ms IS NOT NULL")
                .params(slice.params())
                .query((RowCallbackHandler) row -> lags.computeIfAbsent(row.getString(1), id -> new LagHistogram())
                        .add(row.getLong(2), 1));
        jdbc.sql("SELECT channel_id, COUNT(*), SUM(likes), SUM(reposts), SUM(replies), SUM(impressions),"
                        + " COUNT(impressions) FROM engagement_latest WHERE " + slice.where("") + " GROUP BY channel_id")
                .params(slice.params())
                .query((RowCallbackHandler) row -> {
                    long[] totals = engagement.computeIfAbsent(row.getString(1), id -> new long[6]);
                    for (int i = 0; i < 6; i++) {
                        totals[i] += row.getLong(i + 2);
                    }
                });
        jdbc.sql("SELECT channel_id, target_id, score FROM (SELECT channel_id, target_id, score, ROW_NUMBER() OVER"
                        + " (PARTITION BY channel_id ORDER BY score DESC, target_id) AS place FROM engagement_latest"
                        + " WHERE " + slice.where("") + ") ranked WHERE place <= " + TOP_POSTS)
                .params(slice.params())
                .query((RowCallbackHandler) row -> top.add(row.getString(1), row.getLong(2), row.getLong(3)));
    }

    private static void count(Map<String, Outcomes> outcomes, Map<String, String> types, String channel, String type,
                              String kind, String outcome, long count) {
        types.putIfAbsent(channel, type);
        Outcomes channelOutcomes = outcomes.computeIfAbsent(channel, id -> new Outcomes());
        switch (PublicationOutcome.valueOf(outcome)) {
            case PUBLISHED -> channelOutcomes.publishedByKind.merge(ContentKind.valueOf(kind), count, Long::sum);
            case FAILED -> channelOutcomes.failed += count;
            case OUTCOME_UNKNOWN -> channelOutcomes.unknown += count;
            case WITHDRAWN -> channelOutcomes.withdrawn += count;
        }
    }

    private Map<String, ReportedChannel> channels(String only, Map<String, String> recordedTypes,
                                                  Set<String> withFollowers, Set<String> withListeners) {
        Map<String, ReportedChannel> channels = new TreeMap<>();
        for (ReportedChannel configured : configuredChannels.get()) {
            if (only == null || configured.id().equals(only)) {
                channels.put(configured.id(), configured);
            }
        }
        // Accounts no longer configured still report the period they were used in.
        recordedTypes.forEach((id, type) -> channels.putIfAbsent(id, new ReportedChannel(id, type, null)));
        withListeners.forEach(id -> channels.putIfAbsent(id, new ReportedChannel(id, ReportedChannel.RADIO_TYPE, null)));
        withFollowers.forEach(id -> channels.putIfAbsent(id, new ReportedChannel(id, PublicationRecord.UNCONFIGURED,
                null)));
        return channels;
    }

    /** Every snapshot in the period, and each account's last one before it. */
    private Map<String, TreeMap<LocalDate, Long>> followers(ReportPeriod period, String only) {
        Map<String, TreeMap<LocalDate, Long>> followers = new HashMap<>();
        String channel = only == null ? "" : " AND s.channel_id = ?";
        List<Object> params = new ArrayList<>(List.of(period.from(), period.to()));
        if (only != null) {
            params.add(only);
        }
        jdbc.sql("SELECT s.channel_id, s.snapshot_date, s.followers FROM follower_snapshot s"
                        + " WHERE s.snapshot_date BETWEEN ? AND ?" + channel)
                .params(params)
                .query((RowCallbackHandler) row -> {
                    followers.computeIfAbsent(row.getString(1), id -> new TreeMap<>())
                            .put(row.getObject(2, LocalDate.class), row.getLong(3));
                });
        params.set(0, period.from());
        params.remove(1);
        jdbc.sql("""
                        SELECT s.channel_id, s.snapshot_date, s.followers FROM follower_snapshot s
                        JOIN (SELECT channel_id, MAX(snapshot_date) AS last_date FROM follower_snapshot
                              WHERE snapshot_date < ? GROUP BY channel_id) b
                          ON b.channel_id = s.channel_id AND b.last_date = s.snapshot_date
                        WHERE 1 = 1""" + channel)
                .params(params)
                .query((RowCallbackHandler) row -> {
                    followers.computeIfAbsent(row.getString(1), id -> new TreeMap<>())
                            .put(row.getObject(2, LocalDate.class), row.getLong(3));
                });
        return followers;
    }

    /** The picked posts' figures and titles, best first per channel. */
    private Map<String, List<TopPost>> topPosts(TopPosts picked) {
        List<Long> targets = picked.all();
        if (targets.isEmpty()) {
            return Map.of();
        }
        String ids = String.join(",", targets.stream().map(String::valueOf).toList());
        Map<Long, String[]> titles = new HashMap<>();
        jdbc.sql("SELECT target_id, post_id, title, remote_url FROM publication_record WHERE latest AND target_id IN ("
                        + ids + ")")
                .query((RowCallbackHandler) row -> titles.put(row.getLong(1), new String[] {row.getString(2),
                        row.getString(3), row.getString(4)}));
        Map<Long, TopPost> posts = new HashMap<>();
        jdbc.sql("SELECT target_id, channel_id, office_date, likes, reposts, replies, impressions FROM engagement_latest"
                        + " WHERE target_id IN (" + ids + ")")
                .query((RowCallbackHandler) row -> {
                    long target = row.getLong(1);
                    String[] title = titles.getOrDefault(target, new String[] {"0", "", null});
                    long counted = row.getLong(7);
                    Long impressions = row.wasNull() ? null : counted;
                    posts.put(target, new TopPost(Long.parseLong(title[0]), target, title[1],
                            row.getObject(3, LocalDate.class), title[2], row.getLong(4), row.getLong(5),
                            row.getLong(6), impressions));
                });
        Map<String, List<TopPost>> byChannel = new HashMap<>();
        jdbc.sql("SELECT DISTINCT channel_id FROM engagement_latest WHERE target_id IN (" + ids + ")")
                .query(String.class)
                .list()
                .forEach(channel -> byChannel.put(channel, picked.of(channel).stream().map(posts::get)
                        .filter(Objects::nonNull).toList()));
        return byChannel;
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
        long withdrawn;

        long published() {
            return publishedByKind.values().stream().mapToLong(Long::longValue).sum();
        }

        Double successRate() {
            long all = published() + withdrawn + failed + unknown;
            return all == 0 ? null : (double) (published() + withdrawn) / all;
        }
    }
}

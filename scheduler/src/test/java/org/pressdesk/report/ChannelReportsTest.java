package org.pressdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.metrics.audience.FollowerSnapshot;
import org.pressdesk.metrics.audience.FollowerSnapshots;
import org.pressdesk.metrics.audience.ListenerFigure;
import org.pressdesk.metrics.audience.ListenerFigures;
import org.pressdesk.metrics.engagement.EngagementReading;
import org.pressdesk.metrics.engagement.EngagementReadings;
import org.pressdesk.metrics.engagement.ReadPoint;
import org.pressdesk.metrics.record.JdbcPublicationRecords;
import org.pressdesk.metrics.record.PublicationOutcome;
import org.pressdesk.metrics.record.PublicationRecord;
import org.pressdesk.metrics.report.ChannelAccountReport;
import org.pressdesk.metrics.report.ChannelReport;
import org.pressdesk.metrics.report.ChannelReports;
import org.pressdesk.metrics.report.ReportPeriod;
import org.pressdesk.metrics.report.ReportedChannel;
import org.pressdesk.metrics.rollup.DailyRollup;
import org.pressdesk.support.TestDatabase;

/** A period's figures per channel account, computed from the records on H2 and on PostgreSQL alike. */
class ChannelReportsTest {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    private static final ReportPeriod APRIL_2011 = ReportPeriod.month(YearMonth.of(2011, 4));

    private TestDatabase database;
    private JdbcPublicationRecords records;
    private ChannelReports reports;
    private long nextTarget = 1;

    static List<Supplier<TestDatabase>> databases() {
        return List.of(TestDatabase::h2, TestDatabase::postgres);
    }

    private void open(Supplier<TestDatabase> opened) {
        database = opened.get();
        records = new JdbcPublicationRecords(database.jdbc());
        reports = new ChannelReports(database.jdbc(), () -> List.of(
                new ReportedChannel("weibo-main", "weibo", "「外交小靈通」新浪微博"),
                new ReportedChannel("radio-main", ReportedChannel.RADIO_TYPE, "外交服務站"),
                new ReportedChannel("x-main", "x", null)),
                OFFICE, Clock.fixed(Instant.parse("2012-01-05T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void countsEachTargetOnceByItsLatestOutcomeWithLagPercentilesAndThePeakDay(Supplier<TestDatabase> opened) {
        open(opened);
        published("weibo-main", ContentKind.SPOKESPERSON_ANSWER, "2011-04-01T09:00", 10);
        published("weibo-main", ContentKind.SPOKESPERSON_ANSWER, "2011-04-01T10:00", 20);
        published("weibo-main", ContentKind.SPOKESPERSON_ANSWER, "2011-04-01T11:00", 30);
        published("weibo-main", ContentKind.BRIEFING_SUMMARY, "2011-04-02T09:00", 100);
        outcome("weibo-main", PublicationOutcome.FAILED, "2011-04-02T10:00");
        long foundLater = outcome("weibo-main", PublicationOutcome.OUTCOME_UNKNOWN, "2011-04-03T10:00");
        record(foundLater, "weibo-main", ContentKind.SPOKESPERSON_ANSWER, PublicationOutcome.PUBLISHED,
                "2011-04-03T10:00", 40);
        outcome("weibo-main", PublicationOutcome.OUTCOME_UNKNOWN, "2011-04-04T10:00");
        published("weibo-main", ContentKind.SPOKESPERSON_ANSWER, "2011-05-01T09:00", 5);
        // 23:30 on 31 March in UTC is 07:30 on 1 April at the office: it counts in April.
        published("weibo-main", ContentKind.STATEMENT, "2011-04-01T07:30", 50, ZoneOffset.ofHours(8));

        ChannelAccountReport weibo = report(APRIL_2011).channel("weibo-main").orElseThrow();

        assertThat(weibo.publishedByKind()).isEqualTo(Map.of(ContentKind.SPOKESPERSON_ANSWER, 4L,
                ContentKind.BRIEFING_SUMMARY, 1L, ContentKind.STATEMENT, 1L));
        assertThat(weibo.published()).isEqualTo(6);
        assertThat(weibo.failed()).isEqualTo(1);
        assertThat(weibo.outcomeUnknown()).as("the one found on the channel later counts as published").isEqualTo(1);
        assertThat(weibo.successRate()).isEqualTo(6.0 / 8);
        // lags 10, 20, 30, 40, 50, 100 s: continuous percentiles as PostgreSQL's percentile_cont computes them
        assertThat(weibo.lagP50()).isEqualTo(Duration.ofSeconds(35));
        assertThat(weibo.lagP95()).isEqualTo(Duration.ofMillis(87_500));
        assertThat(weibo.peakDay()).isEqualTo(new ChannelAccountReport.PeakDay(LocalDate.of(2011, 4, 1), 4));
        assertThat(weibo.displayName()).isEqualTo("「外交小靈通」新浪微博");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWithdrawnTargetCountsAsWithdrawnNotPublishedButKeepsItsLagAndItsSuccess(Supplier<TestDatabase> opened) {
        open(opened);
        published("weibo-main", ContentKind.SPOKESPERSON_ANSWER, "2011-04-01T09:00", 10);
        long withdrawn = published("weibo-main", ContentKind.SPOKESPERSON_ANSWER, "2011-04-01T10:00", 30);
        record(withdrawn, "weibo-main", ContentKind.SPOKESPERSON_ANSWER, PublicationOutcome.WITHDRAWN,
                "2011-04-01T10:00", 30);
        outcome("weibo-main", PublicationOutcome.FAILED, "2011-04-02T10:00");

        ChannelAccountReport weibo = report(APRIL_2011).channel("weibo-main").orElseThrow();

        assertThat(weibo.published()).isEqualTo(1);
        assertThat(weibo.publishedByKind()).isEqualTo(Map.of(ContentKind.SPOKESPERSON_ANSWER, 1L));
        assertThat(weibo.withdrawn()).isEqualTo(1);
        assertThat(weibo.failed()).isEqualTo(1);
        assertThat(weibo.successRate()).as("a withdrawn target went out").isEqualTo(2.0 / 3);
        assertThat(weibo.lagP50()).isEqualTo(Duration.ofSeconds(20));
        assertThat(weibo.peakDay()).isEqualTo(new ChannelAccountReport.PeakDay(LocalDate.of(2011, 4, 1), 1));
        assertThat(weibo.isEmpty()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void followersComeFromTheSnapshotsAtThePeriodsStartAndEndAndPerMonthForCharts(Supplier<TestDatabase> opened) {
        open(opened);
        FollowerSnapshots snapshots = new FollowerSnapshots(database.jdbc());
        snapshot(snapshots, "weibo-main", "2011-03-20", 900);
        snapshot(snapshots, "weibo-main", "2011-03-31", 1_000);
        snapshot(snapshots, "weibo-main", "2011-04-15", 1_500);
        snapshot(snapshots, "weibo-main", "2011-04-29", 2_000);
        snapshot(snapshots, "weibo-main", "2011-05-01", 5_000);
        snapshot(snapshots, "x-main", "2011-04-10", 70);
        snapshot(snapshots, "x-main", "2011-04-20", 100);

        ChannelReport april = report(APRIL_2011);

        assertThat(april.channel("weibo-main").orElseThrow().followers()).isEqualTo(new ChannelAccountReport.Followers(
                1_000, LocalDate.of(2011, 3, 31), 2_000, LocalDate.of(2011, 4, 29)));
        assertThat(april.channel("weibo-main").orElseThrow().followers().netGrowth()).isEqualTo(1_000);
        assertThat(april.channel("x-main").orElseThrow().followers()).as("opened during the period")
                .isEqualTo(new ChannelAccountReport.Followers(70, LocalDate.of(2011, 4, 10), 100,
                        LocalDate.of(2011, 4, 20)));
        assertThat(april.channel("radio-main").orElseThrow().followers()).isNull();

        ChannelReport year = report(ReportPeriod.year(2011));
        assertThat(year.channel("weibo-main").orElseThrow().months()).hasSize(12)
                .extracting(ChannelAccountReport.MonthFigures::followersAtEnd)
                .containsExactly(null, null, 1_000L, 2_000L, 5_000L, 5_000L, 5_000L, 5_000L, 5_000L, 5_000L, 5_000L,
                        5_000L);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void engagementSumsEachPostsLatestReadAndRanksTheTopPosts(Supplier<TestDatabase> opened) {
        open(opened);
        EngagementReadings engagement = new EngagementReadings(database.jdbc());
        long first = published("weibo-main", ContentKind.SPOKESPERSON_ANSWER, "2011-04-01T09:00", 10);
        long second = published("weibo-main", ContentKind.SPOKESPERSON_ANSWER, "2011-04-02T09:00", 10);
        long third = published("weibo-main", ContentKind.SPOKESPERSON_ANSWER, "2011-04-03T09:00", 10);
        read(engagement, first, ReadPoint.H1, 1, 2, 3, "2011-04-01");
        read(engagement, first, ReadPoint.H24, 10, 5, 2, "2011-04-01");
        read(engagement, first, ReadPoint.H1, 0, 0, 0, "2011-04-01");
        read(engagement, second, ReadPoint.D7, 100, 0, 0, "2011-04-02");
        read(engagement, third, ReadPoint.H1, 0, 1, 0, "2011-04-03");

        ChannelAccountReport weibo = report(APRIL_2011).channel("weibo-main").orElseThrow();

        assertThat(weibo.engagement()).isEqualTo(new ChannelAccountReport.EngagementTotals(3, 110, 6, 2, null));
        assertThat(weibo.topPosts()).extracting(ChannelAccountReport.TopPost::targetId)
                .containsExactly(second, first, third);
        assertThat(weibo.topPosts().getFirst().title()).isEqualTo("答記者問 " + second);
        assertThat(weibo.topPosts().getFirst().url()).isEqualTo("https://weibo.com/" + second);
        assertThat(weibo.topPosts().getFirst().impressions()).as("Weibo gives none").isNull();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRadioSegmentReportsEpisodesItemsAndMinutesOnAir(Supplier<TestDatabase> opened) {
        open(opened);
        published("radio-main", ContentKind.SPOKESPERSON_ANSWER, "2011-04-04T09:00", 0);
        published("radio-main", ContentKind.BRIEFING_SUMMARY, "2011-04-06T09:00", 0);
        new ListenerFigures(database.jdbc()).store(List.of(
                listeners(ListenerFigure.Period.EPISODE, "2011-04-04", 1_000, 10),
                listeners(ListenerFigure.Period.EPISODE, "2011-04-06", 3_000, 12),
                listeners(ListenerFigure.Period.EPISODE, "2011-05-02", 9_000, 11)));

        ChannelAccountReport radio = report(APRIL_2011).channel("radio-main").orElseThrow();

        assertThat(radio.radio()).isEqualTo(new ChannelAccountReport.RadioFigures(2, 2, 22, 2, 2_000L));
        assertThat(report(APRIL_2011).channel("weibo-main").orElseThrow().radio()).isNull();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPeriodWithoutDataIsAnEmptyReportOfTheConfiguredChannels(Supplier<TestDatabase> opened) {
        open(opened);
        published("weibo-main", ContentKind.SPOKESPERSON_ANSWER, "2011-04-01T09:00", 10);

        ChannelReport empty = report(ReportPeriod.year(2030));

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.channels()).extracting(ChannelAccountReport::channelId)
                .containsExactly("radio-main", "weibo-main", "x-main");
        assertThat(empty.channel("weibo-main").orElseThrow().successRate()).isNull();
        assertThat(empty.channel("weibo-main").orElseThrow().peakDay()).isNull();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anAccountNoLongerConfiguredStillReportsThePeriodItWasUsedIn(Supplier<TestDatabase> opened) {
        open(opened);
        published("weibo-old", ContentKind.SPOKESPERSON_ANSWER, "2011-04-01T09:00", 10);

        assertThat(reports.knows("weibo-old")).isTrue();
        assertThat(reports.knows("weibo-never")).isFalse();
        assertThat(report(APRIL_2011, "weibo-old").channels()).singleElement()
                .satisfies(old -> assertThat(old.published()).isEqualTo(1));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRolledUpDayThatChangesIsReadRawUntilItIsRolledAgain(Supplier<TestDatabase> opened) {
        open(opened);
        EngagementReadings engagement = new EngagementReadings(database.jdbc());
        long unknown = outcome("weibo-main", PublicationOutcome.OUTCOME_UNKNOWN, "2011-04-03T10:00");
        long post = published("weibo-main", ContentKind.SPOKESPERSON_ANSWER, "2011-04-04T09:00", 10);
        read(engagement, post, ReadPoint.H24, 5, 0, 0, "2011-04-04");
        DailyRollup rollup = new DailyRollup(database.jdbc(), database.transactions());
        rollup.rollUp(LocalDate.of(2011, 5, 1));

        // Found on the channel weeks later, by a person; and a late engagement read of the rolled-up day.
        record(unknown, "weibo-main", ContentKind.SPOKESPERSON_ANSWER, PublicationOutcome.PUBLISHED,
                "2011-04-03T10:00", 20);
        read(engagement, post, ReadPoint.D7, 9, 1, 0, "2011-04-04");

        ChannelAccountReport changed = reports.report(APRIL_2011).channel("weibo-main").orElseThrow();
        assertThat(changed.published()).isEqualTo(2);
        assertThat(changed.outcomeUnknown()).isZero();
        assertThat(changed.engagement().likes()).isEqualTo(9);
        assertThat(changed.lagP50()).isEqualTo(Duration.ofSeconds(15));

        assertThat(rollup.rollUp(LocalDate.of(2011, 5, 2)).dirtyDays()).isEqualTo(2);
        assertThat(reports.report(APRIL_2011)).isEqualTo(report(APRIL_2011));
        assertThat(database.jdbc().sql("SELECT COUNT(*) FROM metrics_rollup_dirty").query(Long.class).single()).isZero();
    }

    /**
     * The report as the raw records give it, after checking that the daily rollups give the same: every assertion
     * holds for both ways of reading.
     */
    private ChannelReport report(ReportPeriod period) {
        return report(period, null);
    }

    private ChannelReport report(ReportPeriod period, String channel) {
        ChannelReport raw = reports.report(period, channel);
        new DailyRollup(database.jdbc(), database.transactions()).rollUp(LocalDate.of(2030, 1, 1));
        ChannelReport rolled = reports.report(period, channel);
        database.jdbc().sql("UPDATE metrics_rollup_state SET rolled_through = NULL").update();
        for (String table : List.of("publication_daily", "publication_daily_lag", "engagement_daily",
                "metrics_rollup_dirty")) {
            database.jdbc().sql("DELETE FROM " + table).update();
        }
        assertThat(rolled).as("the report from the daily rollups").isEqualTo(raw);
        return raw;
    }

    // --- the records -------------------------------------------------------------------------------

    private long published(String channel, ContentKind kind, String officeTime, int lagSeconds) {
        return published(channel, kind, officeTime, lagSeconds, OFFICE);
    }

    private long published(String channel, ContentKind kind, String time, int lagSeconds, ZoneId zoneOfTime) {
        long target = nextTarget++;
        Instant at = LocalDateTime.parse(time).atZone(zoneOfTime).toInstant();
        recordAt(target, channel, kind, PublicationOutcome.PUBLISHED, at, lagSeconds);
        return target;
    }

    private long outcome(String channel, PublicationOutcome outcome, String officeTime) {
        long target = nextTarget++;
        recordAt(target, channel, ContentKind.SPOKESPERSON_ANSWER, outcome,
                LocalDateTime.parse(officeTime).atZone(OFFICE).toInstant(), 0);
        return target;
    }

    private void record(long target, String channel, ContentKind kind, PublicationOutcome outcome, String officeTime,
                        int lagSeconds) {
        recordAt(target, channel, kind, outcome, LocalDateTime.parse(officeTime).atZone(OFFICE).toInstant(),
                lagSeconds);
    }

    private void recordAt(long target, String channel, ContentKind kind, PublicationOutcome outcome, Instant at,
                          int lagSeconds) {
        boolean published = outcome == PublicationOutcome.PUBLISHED || outcome == PublicationOutcome.WITHDRAWN;
        records.append(new PublicationRecord(target, 1000 + target, channel, "weibo", kind, ContentLanguage.ZH_HANT,
                "答記者問 " + target, outcome, at.minusSeconds(lagSeconds), published ? at : null, at,
                at.atZone(OFFICE).toLocalDate(), 1, published ? "remote-" + target : null,
                published ? "https://weibo.com/" + target : null));
    }

    private static void snapshot(FollowerSnapshots snapshots, String channel, String date, long followers) {
        snapshots.store(new FollowerSnapshot(channel, LocalDate.parse(date), followers,
                LocalDate.parse(date).atTime(1, 0).toInstant(ZoneOffset.UTC), FollowerSnapshot.Trigger.SCHEDULE));
    }

    private static void read(EngagementReadings engagement, long target, ReadPoint point, long likes, long reposts,
                             long replies, String officeDate) {
        engagement.store(new EngagementReading(target, point, "weibo-main", "remote-" + target,
                Instant.parse("2011-04-10T00:00:00Z"), likes, reposts, replies, null), LocalDate.parse(officeDate));
    }

    private static ListenerFigure listeners(ListenerFigure.Period period, String start, long listeners, int minutes) {
        return new ListenerFigure("radio-main", period, LocalDate.parse(start), listeners, minutes, "editor-li",
                Instant.parse("2011-05-05T00:00:00Z"));
    }
}

package org.pressdesk.samples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.disclosure.DisclosureRemarksStore;
import org.pressdesk.metrics.audience.FollowerSnapshot;
import org.pressdesk.metrics.audience.FollowerSnapshots;
import org.pressdesk.metrics.audience.ListenerFigure;
import org.pressdesk.metrics.audience.ListenerFigures;
import org.pressdesk.metrics.engagement.EngagementReading;
import org.pressdesk.metrics.engagement.EngagementReadings;
import org.pressdesk.metrics.engagement.ReadPoint;
import org.pressdesk.metrics.record.PublicationOutcome;
import org.pressdesk.metrics.record.PublicationRecord;
import org.pressdesk.metrics.record.PublicationRecords;
import org.pressdesk.officefigures.OfficeFigureSamples;
import org.pressdesk.officefigures.OfficeFigures;
import org.pressdesk.samples.SampleYear2011.SamplePost;
import org.pressdesk.system.SqlTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the sample year into the real tables — posts with their published targets, audit rows,
 * publication records and engagement read a week later, follower snapshots, radio listener figures, the
 * press conferences as the daily run imports them (a briefing summary and the answers of each, with their
 * {@code daily_run_post} rows), the office figures no record holds and the report's remarks — in one transaction, once: the year is marked in {@code sample_data_set}, so a second start
 * (or a second node starting at the same time) adds nothing.
 */
@Component
public class SampleDataLoader {

    static final String WEIBO_CHANNEL = "weibo-sample";
    static final String RADIO_CHANNEL = "radio-sample";
    private static final String ACTOR = "samples";
    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

    private final JdbcClient jdbc;
    private final PublicationRecords records;
    private final FollowerSnapshots snapshots;
    private final ListenerFigures listeners;
    private final EngagementReadings engagement;
    private final OfficeFigures figures;
    private final DisclosureRemarksStore remarks;
    private final ChannelRegistry channels;
    private final Clock clock;
    private final ZoneId zone;

    SampleDataLoader(JdbcClient jdbc, PublicationRecords records, FollowerSnapshots snapshots,
                     ListenerFigures listeners, EngagementReadings engagement, OfficeFigures figures, DisclosureRemarksStore remarks,
                     ChannelRegistry channels, Clock clock, org.pressdesk.connector.OfficeZone zone) {
        this.jdbc = jdbc;
        this.records = records;
        this.snapshots = snapshots;
        this.listeners = listeners;
        this.engagement = engagement;
        this.figures = figures;
        this.remarks = remarks;
        this.channels = channels;
        this.clock = clock;
        this.zone = zone.zone();
    }

    /**
     * Loads the sample year unless it was loaded before.
     *
     * @return whether it was loaded now
     * @throws IllegalArgumentException for a year there is no sample of
     */
    @Transactional
    public boolean load(int year) {
        if (year != SampleYear2011.YEAR) {
            throw new IllegalArgumentException("pressdesk.samples.seed-year: there is a sample of "
                                               + SampleYear2011.YEAR + " only, not of " + year);
        }
        boolean loadedBefore = jdbc.sql("SELECT COUNT(*) FROM sample_data_set WHERE seed_year = ?").param(year)
                .query(Long.class).single() > 0;
        if (loadedBefore) {
            log.info("Sample year {} is loaded already", year);
            return false;
        }
        // Marked first: a node loading at the same time fails on the key and rolls back whole.
        jdbc.sql("INSERT INTO sample_data_set (seed_year, loaded_at) VALUES (?, ?)")
                .params(year, SqlTime.param(clock.instant())).update();
        SampleYear2011 sample = new SampleYear2011();
        String weiboType = channelType(WEIBO_CHANNEL);
        String radioType = channelType(RADIO_CHANNEL);
        List<SampleYear2011.DailyFollowers> followers = sample.followers();
        java.util.Map<LocalDate, Long> followersOn = new java.util.HashMap<>();
        followers.forEach(daily -> followersOn.put(daily.date(), daily.followers()));
        // Engagement grows with the audience: a post read a week later has about one like per 2,000 followers.
        java.util.Random reactions = new java.util.Random(SampleYear2011.YEAR);
        int posts = 0;
        for (SamplePost post : sample.weiboPosts()) {
            Published published = publish(post, WEIBO_CHANNEL, weiboType);
            long audience = followersOn.getOrDefault(post.date(), 0L);
            long likes = Math.round(audience / 2_000.0 * (0.3 + reactions.nextDouble() * 1.4));
            engagement.store(new EngagementReading(published.targetId(), ReadPoint.D7, WEIBO_CHANNEL,
                    published.remoteId(), published.at().plus(ReadPoint.D7.after()), likes, likes / 3,
                    likes / 5 + reactions.nextInt(5), null), published.officeDate());
            posts++;
        }
        for (var daily : followers) {
            snapshots.store(new FollowerSnapshot(WEIBO_CHANNEL, daily.date(), daily.followers(),
                    daily.date().atTime(23, 0).atZone(zone).toInstant(), FollowerSnapshot.Trigger.IMPORT));
        }
        List<ListenerFigure> episodes = new ArrayList<>();
        for (var episode : sample.radioEpisodes()) {
            episode.items().forEach(item -> publish(item, RADIO_CHANNEL, radioType));
            episodes.add(new ListenerFigure(RADIO_CHANNEL, ListenerFigure.Period.EPISODE, episode.date(),
                    episode.listeners(), episode.minutes(), ACTOR, clock.instant()));
        }
        listeners.store(episodes);
        var conferences = sample.conferences();
        conferences.forEach(conference -> importConference(conference, sample.conferenceItems(conference)));
        figures.save(OfficeFigureSamples.year2011(), ACTOR);
        SampleRemarks.YEAR_2011.forEach((language, text) ->
                remarks.save(year, language, text.problems(), text.improvements(), ACTOR));
        log.info("Loaded sample year {}: {} posts on {}, {} radio episodes, {} press conferences", year, posts,
                WEIBO_CHANNEL, episodes.size(), conferences.size());
        return true;
    }

    /**
     * A conference as the daily run leaves it: its briefing summary (item 0) and one answer per question,
     * each recorded in {@code daily_run_post}. No run executed them, so they carry no job execution (0) and
     * the daily-run report counts the conferences and answers but no runs. They have no channel targets:
     * what the office published of them is in the Weibo and radio samples.
     */
    private void importConference(SampleYear2011.Conference conference, List<SamplePost> items) {
        Instant at = conference.date().atTime(16, 0).atZone(zone).toInstant();
        String source = "sample-" + conference.date() + ".zh-Hans.txt";
        for (int item = 0; item < items.size(); item++) {
            SamplePost part = items.get(item);
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO post (kind, title, body, language, source_conference_date, source_question_number,
                                              author, created_at, question, answer, spokesperson, topics)
                            VALUES (:kind, :title, :body, :language, :date, :question_number, :author, :createdAt,
                                    :question, :answer, :spokesperson, :topics)""")
                    .param("kind", part.kind().name()).param("title", part.title()).param("body", part.body())
                    .param("language", ContentLanguage.ZH_HANS.tag()).param("date", conference.date())
                    .param("question_number", item == 0 ? null : item, java.sql.Types.INTEGER)
                    .param("author", ACTOR).param("createdAt", SqlTime.param(at))
                    .param("question", part.question()).param("answer", part.answer())
                    .param("spokesperson", part.spokesperson()).param("topics", part.topics())
                    .update(key, "id");
            jdbc.sql("""
                            INSERT INTO daily_run_post (conference_date, language, item_number, post_id, job_execution_id,
                                                        source, created_at)
                            VALUES (?, ?, ?, ?, 0, ?, ?)""")
                    .params(conference.date(), ContentLanguage.ZH_HANS.tag(), item, key.getKey().longValue(), source,
                            SqlTime.param(at))
                    .update();
        }
    }

    private String channelType(String channelId) {
        return channels.accounts().stream().filter(account -> account.id().equals(channelId)).findFirst()
                .map(account -> account.type()).orElse(PublicationRecord.UNCONFIGURED);
    }

    /** A sample target as published: what its engagement read refers to. */
    private record Published(long targetId, String remoteId, Instant at, LocalDate officeDate) {
    }

    private Published publish(SamplePost sample, String channelId, String channelType) {
        Instant due = sample.date().atTime(sample.time()).atZone(zone).toInstant();
        Instant published = due.plusSeconds(2);
        KeyHolder postKey = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO post (kind, title, body, language, author, created_at, question, answer, spokesperson)
                        VALUES (:kind, :title, :body, :language, :author, :createdAt, :question, :answer, :spokesperson)""")
                .param("kind", sample.kind().name()).param("title", sample.title()).param("body", sample.body())
                .param("language", ContentLanguage.ZH_HANS.tag()).param("author", ACTOR)
                .param("createdAt", SqlTime.param(due.minusSeconds(3600)))
                .param("question", sample.question()).param("answer", sample.answer())
                .param("spokesperson", sample.spokesperson())
                .update(postKey, "id");
        long postId = postKey.getKey().longValue();
        String remoteId = channelId + "-" + postId;
        String url = "https://outbox.example/" + channelId + "/" + postId;
        KeyHolder targetKey = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO publish_target (post_id, channel_id, state, scheduled_at, attempts, remote_id, remote_url,
                                                    published_at, idempotency_key, first_attempt_at)
                        VALUES (:postId, :channelId, 'PUBLISHED', :due, 1, :remoteId, :url, :published, :key, :due)""")
                .param("postId", postId).param("channelId", channelId).param("due", SqlTime.param(due))
                .param("remoteId", remoteId).param("url", url).param("published", SqlTime.param(published))
                .param("key", UUID.randomUUID().toString())
                .update(targetKey, "id");
        long targetId = targetKey.getKey().longValue();
        jdbc.sql("""
                        INSERT INTO target_transition (target_id, post_id, actor, occurred_at, from_state, to_state, reason)
                        VALUES (?, ?, ?, ?, NULL, 'PUBLISHED', 'sample data set')""")
                .params(targetId, postId, ACTOR, SqlTime.param(published)).update();
        records.append(new PublicationRecord(targetId, postId, channelId, channelType, sample.kind(),
                ContentLanguage.ZH_HANS, sample.title(), PublicationOutcome.PUBLISHED, due, published, published,
                LocalDate.ofInstant(published, zone), 1, remoteId, url));
        return new Published(targetId, remoteId, published, LocalDate.ofInstant(published, zone));
    }

}

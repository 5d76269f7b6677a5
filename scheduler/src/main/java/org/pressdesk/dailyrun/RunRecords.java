package org.pressdesk.dailyrun;

import java.time.Clock;
import java.util.List;
import org.pressdesk.system.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** What runs created and skipped ({@code daily_run_post}, {@code daily_run_skip}). */
@Repository
class RunRecords {

    private static final int EXCERPT = 2000;
    private static final int REASON = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate apart;

    RunRecords(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.apart = new TransactionTemplate(transactions);
        apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    boolean imported(ImportKey key) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM daily_run_post
                        WHERE conference_date = :date AND language = :language AND item_number = :item""")
                .param("date", key.conferenceDate()).param("language", key.language().tag())
                .param("item", key.item()).query(Long.class).single() > 0;
    }

    /**
     * Records the post created for a part. Two runs importing the same part at once both get this
     * far only in different transactions; the primary key refuses the second, whose chunk rolls back.
     */
    void recordImport(ImportKey key, long postId, long jobExecutionId, String source) {
        jdbc.sql("""
                        INSERT INTO daily_run_post (conference_date, language, item_number, post_id, job_execution_id,
                                                    source, created_at)
                        VALUES (:date, :language, :item, :postId, :execution, :source, :at)""")
                .param("date", key.conferenceDate()).param("language", key.language().tag())
                .param("item", key.item()).param("postId", postId).param("execution", jobExecutionId)
                .param("source", cut(source, 500)).param("at", SqlTime.param(clock.instant()))
                .update();
    }

    void recordSkip(long jobExecutionId, String source, String reason, String excerpt) {
        record(jobExecutionId, source, reason, excerpt, false);
    }

    /** A post imported without one of its channels, which refused it: not a skip, the post exists. */
    void recordChannelLeftOut(long jobExecutionId, String source, String reason, String excerpt) {
        record(jobExecutionId, source, reason, excerpt, true);
    }

    private void record(long jobExecutionId, String source, String reason, String excerpt, boolean channelLeftOut) {
        jdbc.sql("""
                        INSERT INTO daily_run_skip (job_execution_id, source, reason, excerpt, skipped_at, channel_left_out)
                        VALUES (:execution, :source, :reason, :excerpt, :at, :channelLeftOut)""")
                .param("channelLeftOut", channelLeftOut)
                .param("execution", jobExecutionId).param("source", cut(source, 500))
                .param("reason", cut(reason == null ? "unknown" : reason, REASON))
                .param("excerpt", excerpt == null ? null : cut(excerpt, EXCERPT))
                .param("at", SqlTime.param(clock.instant()))
                .update();
    }

    /** As {@link #recordSkip}, in a transaction of its own, kept when the caller's is rolled back. */
    void recordSkipApart(long jobExecutionId, String source, String reason, String excerpt) {
        apart.executeWithoutResult(status -> recordSkip(jobExecutionId, source, reason, excerpt));
    }

    /** The posts the runs of these executions created, in order. */
    List<CreatedPost> postsOf(List<Long> jobExecutionIds) {
        if (jobExecutionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT r.post_id, r.conference_date, r.language, r.item_number, r.source, p.kind
                        FROM daily_run_post r JOIN post p ON p.id = r.post_id
                        WHERE r.job_execution_id IN (:ids) ORDER BY r.post_id""")
                .param("ids", jobExecutionIds)
                .query((row, n) -> new CreatedPost(row.getLong("post_id"), row.getString("kind"),
                        row.getObject("conference_date", java.time.LocalDate.class).toString(),
                        row.getString("language"), row.getInt("item_number"), row.getString("source")))
                .list();
    }

    List<Skip> skipsOf(List<Long> jobExecutionIds) {
        if (jobExecutionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT source, reason, excerpt, channel_left_out FROM daily_run_skip
                        WHERE job_execution_id IN (:ids) ORDER BY id""")
                .param("ids", jobExecutionIds)
                .query((row, n) -> new Skip(row.getString("source"), row.getString("reason"), row.getString("excerpt"),
                        row.getBoolean("channel_left_out")))
                .list();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, text.offsetByCodePoints(0,
                Math.min(text.codePointCount(0, text.length()), max - 1))) + "…";
    }

    /** A post a run created. */
    record CreatedPost(long id, String kind, String conferenceDate, String language, int item, String source) {
    }

    /** A part a run skipped, or a channel it left out of a post, and why. */
    record Skip(String source, String reason, String excerpt, boolean channelLeftOut) {
    }
}

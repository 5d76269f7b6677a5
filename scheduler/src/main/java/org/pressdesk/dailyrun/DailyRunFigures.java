package org.pressdesk.dailyrun;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the daily publishing runs imported for a period, counted from their own records: conferences and
 * answers from {@code daily_run_post} (by conference date), runs from Spring Batch's job repository (by
 * the run's date parameter), skipped parts from {@code daily_run_skip}.
 */
@Service
public class DailyRunFigures {

    private final JdbcClient jdbc;

    DailyRunFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A period's figures.
     *
     * @param from          the first date, inclusive
     * @param to            the last date, inclusive
     * @param runs          executions of {@code dailyPublishingRun} for dates in the period that ended COMPLETED
     *                      or FAILED (a failed run restarted counts twice: once failed, once as it ended);
     *                      stopped and running executions are not counted
     * @param completed     of those, COMPLETED
     * @param failed        of those, FAILED
     * @param conferences   distinct conference dates imported (a conference imported in two languages is one)
     * @param answers       spokesperson answers imported, one per conference and question whatever the languages
     * @param postsCreated  posts the runs created, every language and the briefing summaries included
     * @param skippedParts  transcript parts the period's runs skipped (not imported)
     * @param channelsLeftOut channels left out of a post that was imported
     */
    public record Figures(LocalDate from, LocalDate to, long runs, long completed, long failed, long conferences,
                          long answers, long postsCreated, long skippedParts, long channelsLeftOut) {

        /** Whether no run imported anything and none ran in the period. */
        public boolean isEmpty() {
            return runs == 0 && postsCreated == 0;
        }

        /** Whether the runs imported any conference in the period (runs that found nothing count none). */
        public boolean imported() {
            return postsCreated > 0;
        }
    }

    public Figures of(LocalDate from, LocalDate to) {
        long conferences = count("SELECT COUNT(DISTINCT conference_date) FROM daily_run_post"
                                 + " WHERE conference_date BETWEEN :from AND :to", from, to);
        long answers = count("""
                SELECT COUNT(*) FROM (SELECT DISTINCT conference_date, item_number FROM daily_run_post
                                       WHERE conference_date BETWEEN :from AND :to AND item_number > 0) answers""",
                from, to);
        long posts = count("SELECT COUNT(*) FROM daily_run_post WHERE conference_date BETWEEN :from AND :to", from, to);
        long completed = runs("COMPLETED", from, to);
        long failed = runs("FAILED", from, to);
        long skipped = skips(false, from, to);
        long leftOut = skips(true, from, to);
        return new Figures(from, to, completed + failed, completed, failed, conferences, answers, posts, skipped,
                leftOut);
    }

    private long runs(String status, LocalDate from, LocalDate to) {
        return jdbc.sql(EXECUTIONS_OF_PERIOD.formatted("COUNT(*)") + " AND e.STATUS = :status")
                .param("job", DailyRunJobConfiguration.JOB).param("name", DailyRunJobConfiguration.DATE)
                .param("from", from.toString()).param("to", to.toString()).param("status", status)
                .query(Long.class).single();
    }

    private long skips(boolean channelLeftOut, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT COUNT(*) FROM daily_run_skip WHERE channel_left_out = :leftOut AND job_execution_id IN ("
                        + EXECUTIONS_OF_PERIOD.formatted("e.JOB_EXECUTION_ID") + ")")
                .param("job", DailyRunJobConfiguration.JOB).param("name", DailyRunJobConfiguration.DATE)
                .param("from", from.toString()).param("to", to.toString()).param("leftOut", channelLeftOut)
                .query(Long.class).single();
    }

    private long count(String sql, LocalDate from, LocalDate to) {
        return jdbc.sql(sql).param("from", from).param("to", to).query(Long.class).single();
    }

    // The run's date is its only job parameter, stored as text yyyy-MM-dd, so text order is date order.
    private static final String EXECUTIONS_OF_PERIOD = """
            SELECT %s FROM BATCH_JOB_EXECUTION e
              JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
              JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
             WHERE i.JOB_NAME = :job AND p.PARAMETER_NAME = :name AND p.PARAMETER_VALUE BETWEEN :from AND :to""";
}

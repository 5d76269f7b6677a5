package org.pressdesk.dailyrun;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A daily run as {@code GET /api/runs/{id}} shows it.
 *
 * @param id        the run's id (Spring Batch's job execution id)
 * @param status    Spring Batch's status: STARTING, STARTED, COMPLETED, FAILED, STOPPED, ABANDONED, …
 * @param message   why it failed, when it did
 * @param startedAt in the office's zone
 * @param counts    parts read, posts written, parts skipped by this execution
 * @param progress  percent of the collected transcript parts read so far
 * @param skips     every part skipped for the date, with its reason (only on one run)
 * @param posts     the posts created for the date (only on one run)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RunView(long id, String job, String date, String status, String exitCode, String message,
               OffsetDateTime startedAt, OffsetDateTime endedAt, Counts counts, Integer progress,
               List<SkipView> skips, List<PostRef> posts) {

    record Counts(long read, long written, long skipped) {
    }

    record SkipView(String source, String reason, String excerpt) {
    }

    record PostRef(long id, String kind, String conferenceDate, String language, int item, String href) {
    }
}

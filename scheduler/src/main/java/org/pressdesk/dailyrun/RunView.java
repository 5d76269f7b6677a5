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
 * @param skips     every transcript part skipped for the date, with its reason (only on one run)
 * @param leftOut   every channel left out of a post the run did create, because the channel refused it
 *                  (only on one run)
 * @param posts     the posts created for the date (only on one run)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RunView(long id, String job, String date, String status, String exitCode, String message,
               OffsetDateTime startedAt, OffsetDateTime endedAt, Counts counts, Integer progress,
               List<SkipView> skips, List<SkipView> leftOut, List<PostRef> posts) {

    /**
     * @param leftOut channels left out of created posts (only on one run)
     * @param parts   the transcript parts collected for the date, what read counts towards; null until collected
     */
    record Counts(long read, long written, long skipped, Long leftOut, Long parts) {
    }

    record SkipView(String source, String reason, String excerpt) {
    }

    record PostRef(long id, String kind, String conferenceDate, String language, int item, String href) {
    }
}

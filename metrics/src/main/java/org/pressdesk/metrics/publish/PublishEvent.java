package org.pressdesk.metrics.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.pressdesk.content.ContentKind;

/**
 * One publishing attempt's outcome on one channel.
 *
 * @param channelId  the channel account
 * @param kind       what was published
 * @param outcome    how the attempt ended
 * @param attempt    1 for the first attempt at the target
 * @param occurredAt when the attempt ended
 * @param lag        for a publication: how long after its scheduled time it went out; otherwise null
 */
public record PublishEvent(String channelId, ContentKind kind, Outcome outcome, int attempt, Instant occurredAt,
                           Duration lag) {

    public PublishEvent {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /**
     * How an attempt ended. WITHDRAWN and WITHDRAWAL_FAILED end an attempt to take a publication down again
     * (retries of a withdrawal are not counted apart).
     */
    public enum Outcome {
        PUBLISHED, RETRY_SCHEDULED, RATE_LIMITED, FAILED, OUTCOME_UNKNOWN, WITHDRAWN, WITHDRAWAL_FAILED;

        /** The tag value used in metrics, e.g. {@code retry-scheduled}. */
        public String tag() {
            return name().toLowerCase().replace('_', '-');
        }
    }
}

package org.pressdesk.metrics.record;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;

/**
 * One outcome a publishing target reached: what reports count instead of reading the audit.
 *
 * @param targetId    the publishing target
 * @param postId      its post
 * @param channelId   the channel account
 * @param channelType the connector type of the account when the outcome was reached ({@code x}, {@code weibo},
 *                    {@code radio-script} …), or {@code unconfigured} when the account was no longer configured
 * @param kind        what was published
 * @param language    its language
 * @param title       the post's title, for lists of top posts
 * @param outcome     how it ended
 * @param dueAt       when it was scheduled to go out; null when it had no time
 * @param publishedAt when the channel accepted it; null unless published
 * @param occurredAt  when the outcome was reached
 * @param officeDate  the office-zone date of {@code occurredAt}: the day reports count it on
 * @param attempts    publish calls made for it
 * @param remoteId    the channel's id of the publication; null unless published
 * @param remoteUrl   where it can be opened; may be null
 */
public record PublicationRecord(long targetId, long postId, String channelId, String channelType, ContentKind kind,
                                ContentLanguage language, String title, PublicationOutcome outcome, Instant dueAt,
                                Instant publishedAt, Instant occurredAt, LocalDate officeDate, int attempts,
                                String remoteId, String remoteUrl) {

    /** The channel type stored when the account is no longer configured. */
    public static final String UNCONFIGURED = "unconfigured";

    public PublicationRecord {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(channelType, "channelType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(officeDate, "officeDate");
    }

    /** How long after its due time it went out (never negative); null unless published with a due time. */
    public Duration lag() {
        if (dueAt == null || publishedAt == null) {
            return null;
        }
        Duration lag = Duration.between(dueAt, publishedAt);
        return lag.isNegative() ? Duration.ZERO : lag;
    }
}

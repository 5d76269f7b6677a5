package org.pressdesk.metrics.audience;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follower count that could not be read: reported, retried later that day, never stored as zero.
 *
 * @param channelId the channel account
 * @param date      the office-zone date the snapshot was for
 * @param failedAt  when the read failed
 * @param message   why, as the channel or connector said
 */
public record FollowerReadFailure(String channelId, LocalDate date, Instant failedAt, String message) {
}

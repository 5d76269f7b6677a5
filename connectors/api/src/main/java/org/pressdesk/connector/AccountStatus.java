package org.pressdesk.connector;

import java.time.Instant;

/**
 * What a platform told about a channel account's credentials and quota. Every part may be unknown (null).
 *
 * @param tokenExpiresAt  when the access token stops working; null when unknown or when it never expires
 * @param quotaRemaining  calls left in the current quota window; null when unknown
 * @param quotaResetsAt   when the quota window starts again; null when unknown
 * @param learnedAt       when the platform said so; null when nothing is known
 */
public record AccountStatus(Instant tokenExpiresAt, Integer quotaRemaining, Instant quotaResetsAt,
                            Instant learnedAt) {

    /** Nothing known: the connector cannot tell, or has not asked yet. */
    public static final AccountStatus UNKNOWN = new AccountStatus(null, null, null, null);

    public boolean isKnown() {
        return learnedAt != null;
    }
}

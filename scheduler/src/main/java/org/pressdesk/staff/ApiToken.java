package org.pressdesk.staff;

import java.time.Instant;

/**
 * A personal API token as it is kept: never the token itself, only its hash and its first characters.
 *
 * @param prefix the token's first characters ({@code pd_AbC1…}), so its owner can tell which one it is
 */
public record ApiToken(long id, String username, String name, String prefix, Instant createdAt, String createdBy,
                       Instant lastUsedAt, Instant revokedAt, String revokedBy) {

    public boolean revoked() {
        return revokedAt != null;
    }
}

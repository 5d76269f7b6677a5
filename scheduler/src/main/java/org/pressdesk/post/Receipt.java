package org.pressdesk.post;

import java.time.Instant;

/**
 * Where a published target can be found.
 *
 * @param remoteId    the channel's id for it
 * @param url         its address; may be null
 * @param publishedAt when it went out
 */
public record Receipt(String remoteId, String url, Instant publishedAt) {

    /** The longest remote id that can be stored. */
    public static final int MAX_REMOTE_ID = 200;
}

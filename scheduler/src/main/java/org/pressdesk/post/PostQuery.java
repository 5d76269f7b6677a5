package org.pressdesk.post;

import java.time.Instant;
import org.pressdesk.content.ContentKind;

/**
 * Which posts to list. Target conditions match posts that have at least one target meeting all of them.
 *
 * @param state           a target state, or null for any
 * @param channelId       a channel, or null for any
 * @param kind            a content kind, or null for any
 * @param scheduledFrom   targets scheduled at or after this instant, or null
 * @param scheduledBefore targets scheduled before this instant, or null
 * @param page            0-based page number (for {@link PostRepository#search}, which counts and skips)
 * @param size            page size
 * @param beyondId        for {@link PostRepository#slice}: only posts past this id in the listing's order
 *                        (older when newest first, newer when oldest first), or null to start at the top
 * @param oldestFirst     list oldest first instead of newest first
 */
public record PostQuery(TargetState state, String channelId, ContentKind kind, Instant scheduledFrom,
                        Instant scheduledBefore, int page, int size, Long beyondId, boolean oldestFirst) {

    /** Newest first, from the top. */
    public PostQuery(TargetState state, String channelId, ContentKind kind, Instant scheduledFrom,
                     Instant scheduledBefore, int page, int size) {
        this(state, channelId, kind, scheduledFrom, scheduledBefore, page, size, null, false);
    }

    /** The same filters, continuing past {@code id} in the listing's order. */
    public PostQuery beyond(Long id) {
        return new PostQuery(state, channelId, kind, scheduledFrom, scheduledBefore, page, size, id, oldestFirst);
    }

    /** The same filters in the other order (to page back towards the top: reverse, continue, reverse again). */
    public PostQuery reversed() {
        return new PostQuery(state, channelId, kind, scheduledFrom, scheduledBefore, page, size, beyondId,
                !oldestFirst);
    }
}

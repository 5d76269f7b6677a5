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
 * @param page            0-based page number
 * @param size            page size
 */
public record PostQuery(TargetState state, String channelId, ContentKind kind, Instant scheduledFrom,
                        Instant scheduledBefore, int page, int size) {
}

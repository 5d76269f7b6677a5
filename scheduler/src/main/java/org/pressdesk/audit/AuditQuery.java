package org.pressdesk.audit;

import java.time.Instant;

/**
 * Which audit events to show; every condition may be null for any.
 *
 * @param from    at or after
 * @param before  before
 * @param actor   the actor, ignoring case
 * @param postId  the post (only transitions have one)
 * @param channel a channel id: its targets' transitions, its pauses, admin actions on it
 * @param kind    one kind of event
 */
public record AuditQuery(Instant from, Instant before, String actor, Long postId, String channel, AuditKind kind) {
}

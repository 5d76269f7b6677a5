package org.pressdesk.audit;

import java.time.Instant;

/**
 * One event of the audit, whichever table keeps it.
 *
 * @param at      when, in UTC
 * @param actor   who (a user name, {@code dispatcher@node}, {@code daily-run-7}); empty when the record names nobody
 * @param kind    what kind of event
 * @param postId  the post, for a transition
 * @param channel the channel: a transition's target's, a pause's scope ({@code *} for all); null otherwise
 * @param subject what it concerns: a template id, an admin action's subject
 * @param from    a transition's state before, or null (a target's creation)
 * @param to      a transition's state after; an admin action's action
 * @param detail  the reason, the template version, the admin action's detail
 */
public record AuditEvent(Instant at, String actor, AuditKind kind, Long postId, String channel, String subject,
                         String from, String to, String detail) {
}

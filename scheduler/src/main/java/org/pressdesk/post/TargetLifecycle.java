package org.pressdesk.post;

import java.time.Clock;
import org.pressdesk.queue.PublishQueue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place a target changes state. It checks the move against {@link TargetState}, writes the
 * target with an optimistic version check, appends the audit row and keeps the queue in step, all
 * in one transaction: a SCHEDULED target is queued at its next attempt, a PUBLISHING one keeps its
 * lease, an OUTCOME_UNKNOWN one is queued at the dispatcher's next look for it on the channel (if
 * one is planned), anything else leaves the queue. A move that reaches an outcome (PUBLISHED, FAILED,
 * OUTCOME_UNKNOWN) also stores its publication record in that transaction.
 */
@Component
public class TargetLifecycle {

    private final PostRepository posts;
    private final AuditLog audit;
    private final PublishQueue queue;
    private final OutcomeRecorder outcomes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public TargetLifecycle(PostRepository posts, AuditLog audit, PublishQueue queue, OutcomeRecorder outcomes,
                           TransactionTemplate transactions, Clock clock) {
        this.posts = posts;
        this.audit = audit;
        this.queue = queue;
        this.outcomes = outcomes;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Moves {@code current} to the state and fields of {@code changed}.
     *
     * @param current the target as read
     * @param changed the same target with its new state and fields
     * @param actor   who did it (a user name, or {@code dispatcher@node})
     * @param reason  why, for the audit; may be null
     * @return the stored target
     * @throws IllegalTransitionException            when the lifecycle forbids the move
     * @throws ConcurrentTargetModificationException when someone changed the target meanwhile
     */
    public PublishTarget move(PublishTarget current, PublishTarget changed, String actor, String reason) {
        // Staying in DRAFT or SUBMITTED with a new time is an edit, audited like a move.
        boolean edit = current.state() == changed.state() && current.state().isReschedulable();
        if (!edit && !current.state().canMoveTo(changed.state())) {
            throw IllegalTransitionException.of(current, changed.state());
        }
        PublishTarget next = isQueued(changed) ? changed : changed.withNextAttemptAt(null);
        return transactions.execute(status -> {
            PublishTarget stored = posts.update(next);
            audit.append(new TargetTransition(stored.id(), stored.postId(), actor, clock.instant(), current.state(),
                    stored.state(), reason));
            outcomes.moved(current, stored);
            switch (stored.state()) {
                case PUBLISHING -> { }
                case SCHEDULED, OUTCOME_UNKNOWN -> {
                    if (stored.nextAttemptAt() != null) {
                        queue.schedule(stored.id(), stored.nextAttemptAt());
                    } else {
                        queue.remove(stored.id());
                    }
                }
                default -> queue.remove(stored.id());
            }
            return stored;
        });
    }

    /**
     * Whether the target has a time the dispatcher next takes it up: to publish it, or to look for
     * it on the channel. A PUBLISHING target has none; its lease decides.
     */
    private static boolean isQueued(PublishTarget target) {
        return switch (target.state()) {
            case SCHEDULED -> true;
            case OUTCOME_UNKNOWN -> target.nextAttemptAt() != null;
            default -> false;
        };
    }
}

package org.pressdesk.post;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.pressdesk.queue.PublishQueue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place a target changes state. It checks the move against {@link TargetState}, writes the
 * target with an optimistic version check, appends the audit row and keeps the queue in step, all
 * in one transaction ({@link QueueWrites}: a queue outside the database is written after commit). A move
 * that reaches an outcome (PUBLISHED, FAILED, OUTCOME_UNKNOWN) also stores its publication record in that
 * transaction.
 */
@Component
public class TargetLifecycle {

    private final PostRepository posts;
    private final AuditLog audit;
    private final QueueWrites queueWrites;
    private final OutcomeRecorder outcomes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public TargetLifecycle(PostRepository posts, AuditLog audit, PublishQueue queue, OutcomeRecorder outcomes,
                           TransactionTemplate transactions, Clock clock) {
        this.posts = posts;
        this.audit = audit;
        this.queueWrites = new QueueWrites(queue);
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
            queueWrites.follow(stored);
            return stored;
        });
    }

    /** One target's move in {@link #moveAll}, with its post when it was read already (else null). */
    public record Move(PublishTarget current, PublishTarget changed, String reason, Post post) {
    }

    /**
     * Makes several moves in one transaction, each as {@link #move} does, with one audit statement and one
     * statement per step of the publication records for all: each target's version is still checked on its own,
     * so a target changed meanwhile is left out (null in the answer) while the others are stored.
     *
     * @param moves              of different targets
     * @param actor              who did them
     * @param alsoInTransaction  told the moves stored, to write beside them in the same transaction
     * @return the stored target of each move, in order; null for one changed meanwhile
     * @throws IllegalTransitionException when the lifecycle forbids any of the moves (none is made)
     */
    public List<PublishTarget> moveAll(List<Move> moves, String actor, Consumer<List<PublishTarget>> alsoInTransaction) {
        List<PublishTarget> next = new ArrayList<>(moves.size());
        for (Move move : moves) {
            boolean edit = move.current().state() == move.changed().state() && move.current().state().isReschedulable();
            if (!edit && !move.current().state().canMoveTo(move.changed().state())) {
                throw IllegalTransitionException.of(move.current(), move.changed().state());
            }
            next.add(isQueued(move.changed()) ? move.changed() : move.changed().withNextAttemptAt(null));
        }
        return transactions.execute(status -> {
            Instant now = clock.instant();
            List<PublishTarget> answer = new ArrayList<>(moves.size());
            List<PublishTarget> before = new ArrayList<>();
            List<PublishTarget> stored = new ArrayList<>();
            List<Post> postsRead = new ArrayList<>();
            List<TargetTransition> transitions = new ArrayList<>();
            for (int i = 0; i < moves.size(); i++) {
                Move move = moves.get(i);
                PublishTarget written;
                try {
                    written = posts.update(next.get(i));
                } catch (ConcurrentTargetModificationException changedMeanwhile) {
                    answer.add(null);
                    continue;
                }
                answer.add(written);
                before.add(move.current());
                stored.add(written);
                postsRead.add(move.post());
                transitions.add(new TargetTransition(written.id(), written.postId(), actor, now,
                        move.current().state(), written.state(), move.reason()));
            }
            audit.appendAll(transitions);
            outcomes.movedAll(before, stored, postsRead);
            queueWrites.followAll(stored);
            alsoInTransaction.accept(stored);
            return answer;
        });
    }

    /**
     * Whether the target has a time the dispatcher next takes it up: to publish it, or to look for
     * it on the channel. A PUBLISHING target has none; its lease decides.
     */
    private static boolean isQueued(PublishTarget target) {
        return switch (target.state()) {
            case SCHEDULED, WITHDRAWING -> true;
            case OUTCOME_UNKNOWN -> target.nextAttemptAt() != null;
            default -> false;
        };
    }
}

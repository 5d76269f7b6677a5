package org.pressdesk.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Withdrawal;
import org.pressdesk.metrics.publish.PublishEvent;
import org.pressdesk.metrics.publish.PublishEventListener;
import org.pressdesk.post.ErrorDetail;
import org.pressdesk.post.Post;
import org.pressdesk.post.PostRepository;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.post.Receipt;
import org.pressdesk.post.TargetLifecycle;
import org.pressdesk.post.TargetState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records how a target ended up, the same way whether a publication or a look at the channel
 * settled it: through the lifecycle (so it is audited), as a publish event, and — for a target that
 * failed or whose outcome is unknown — as one line in the application log.
 */
final class TargetOutcomes {

    private static final Logger log = LoggerFactory.getLogger(TargetOutcomes.class);

    private final TargetLifecycle lifecycle;
    private final PostRepository posts;
    private final PublishEventListener events;
    private final Duration reconcileDelay;
    private final Clock clock;
    private final String actor;
    private final PublishedOutcomes publishedOutcomes;

    TargetOutcomes(TargetLifecycle lifecycle, PostRepository posts, PublishEventListener events,
                   Duration reconcileDelay, Clock clock, String actor) {
        this.lifecycle = lifecycle;
        this.posts = posts;
        this.events = events;
        this.reconcileDelay = reconcileDelay;
        this.clock = clock;
        this.actor = actor;
        this.publishedOutcomes = new PublishedOutcomes(lifecycle, posts, actor);
    }

    /** Moves {@code current} to {@code changed}, audited with {@code reason}. */
    PublishTarget move(PublishTarget current, PublishTarget changed, String reason) {
        return lifecycle.move(current, changed, actor, reason);
    }

    /** Moves several targets in one transaction; null in the answer for one changed meanwhile. */
    List<PublishTarget> moveAll(List<TargetLifecycle.Move> moves) {
        return lifecycle.moveAll(moves, actor, stored -> { });
    }

    void published(Post post, PublishTarget current, PublishReceipt receipt, String reason) {
        // The parts are written with the move, in a transaction shared with other publications finishing now.
        publishedOutcomes.record(post, current, receipt, reason);
        emit(post, current, PublishEvent.Outcome.PUBLISHED, current.scheduledAt() == null ? null
                : Duration.between(current.scheduledAt(), receipt.publishedAt()));
    }

    static Receipt receiptOf(PublishReceipt receipt) {
        return new Receipt(receipt.remoteId(), receipt.url() == null ? null : receipt.url().toString(),
                receipt.publishedAt());
    }

    /** The channel took the publication down, or no longer had it. */
    void withdrawn(Post post, PublishTarget current, Withdrawal withdrawal) {
        String what = withdrawal.outcome() == Withdrawal.Outcome.ALREADY_GONE ? "already gone: " : "withdrawn: ";
        move(current, current.withState(TargetState.WITHDRAWN).withNextAttemptAt(null).withLastError(null),
                what + withdrawal.detail());
        emit(post, current, PublishEvent.Outcome.WITHDRAWN, null);
    }

    /** The publication is still on the channel and Pressdesk will not try again: a person takes it down or retries. */
    void withdrawalFailed(Post post, PublishTarget current, PublishTarget failed, String reason) {
        move(current, failed.withState(TargetState.WITHDRAWAL_FAILED).withNextAttemptAt(null)
                .withLastError(failed.lastError() != null && failed.lastError().message().equals(reason)
                        ? failed.lastError() : new ErrorDetail(PublishException.Category.PERMANENT, reason)), reason);
        logOutcome(current, "WITHDRAWAL_FAILED", reason);
        emit(post, current, PublishEvent.Outcome.WITHDRAWAL_FAILED, null);
    }

    /** Fails a target that was never sent; a person must fix the post, its text or the configuration. */
    void failUnsent(Post post, PublishTarget scheduled, String reason) {
        fail(post, scheduled, scheduled.withLastError(new ErrorDetail(PublishException.Category.PERMANENT, reason)),
                reason);
    }

    void fail(Post post, PublishTarget current, PublishTarget failed, String reason) {
        move(current, failed.withState(TargetState.FAILED), reason);
        logOutcome(current, "FAILED", reason);
        emit(post, current, PublishEvent.Outcome.FAILED, null);
    }

    /**
     * Marks the outcome unknown, and counts it.
     *
     * @param lookForIt whether the dispatcher will look for it on the channel after {@code reconcile-delay}; if not,
     *                  it is left to a person
     */
    void unknown(Post post, PublishTarget current, PublishTarget inDoubt, String reason, boolean lookForIt) {
        Instant lookAt = lookForIt ? clock.instant().plus(reconcileDelay) : null;
        String what = reason + (lookForIt ? "; looking for it on the channel at " + lookAt : "");
        move(current, inDoubt.withState(TargetState.OUTCOME_UNKNOWN).withReconcileChecks(0).withNextAttemptAt(lookAt)
                .withLastError(new ErrorDetail(PublishException.Category.OUTCOME_UNKNOWN, reason)), "outcome unknown: "
                + what);
        logOutcome(current, "OUTCOME_UNKNOWN", what);
        emit(post, current, PublishEvent.Outcome.OUTCOME_UNKNOWN, null);
    }

    /** Stops looking for a target whose outcome is unknown: a person checks the channel and resolves it. */
    void leaveToPerson(PublishTarget unknown, PublishTarget changed, String reason) {
        move(unknown, changed.withNextAttemptAt(null)
                .withLastError(new ErrorDetail(PublishException.Category.OUTCOME_UNKNOWN, reason)), reason);
        logOutcome(unknown, "OUTCOME_UNKNOWN, left to a person", reason);
    }

    /** One line for whoever runs Pressdesk; staff see the same in the post's history. */
    private static void logOutcome(PublishTarget target, String outcome, String reason) {
        log.warn("Target {} (post {}, channel {}) {}: {}", target.id(), target.postId(), target.channelId(), outcome,
                reason);
    }

    void emit(Post post, PublishTarget target, PublishEvent.Outcome outcome, Duration lag) {
        try {
            events.onPublishEvent(new PublishEvent(target.channelId(), post.kind(), outcome, target.attempts(),
                    clock.instant(), lag));
        } catch (RuntimeException e) {
            log.warn("A publish event listener failed", e);
        }
    }
}

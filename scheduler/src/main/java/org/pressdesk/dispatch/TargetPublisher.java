package org.pressdesk.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Reconciliation;
import org.pressdesk.metrics.publish.PublishEvent;
import org.pressdesk.metrics.publish.PublishEventListener;
import org.pressdesk.post.ConcurrentTargetModificationException;
import org.pressdesk.post.ErrorDetail;
import org.pressdesk.post.Post;
import org.pressdesk.post.PostRendering;
import org.pressdesk.post.PostRepository;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.post.Receipt;
import org.pressdesk.post.TargetLifecycle;
import org.pressdesk.post.TargetState;
import org.pressdesk.queue.PublishQueue;
import org.pressdesk.template.RenderedContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Publishes one claimed target, or looks on its channel for one whose outcome is unknown, and
 * records what happened.
 *
 * <p>The post, its approved text and the channel's connector are loaded first; a target that
 * cannot be sent (its channel is gone, its text no longer fits) fails without being sent, and a
 * database error leaves it SCHEDULED for a later claim. Then the target moves SCHEDULED →
 * PUBLISHING <em>before</em> the connector is called and the move is version-checked, so of two
 * nodes holding the same entry only one can start sending. Whatever the connector answers then
 * decides the next state:
 * <ul>
 *   <li>a receipt → PUBLISHED;</li>
 *   <li>transient → SCHEDULED again after an exponential, jittered wait, until attempts run out → FAILED;</li>
 *   <li>rate-limited → SCHEDULED at the time the channel gave; a wait, not an attempt;</li>
 *   <li>permanent → FAILED with the channel's reason;</li>
 *   <li>no answer (lost response, timeout, ambiguous server error, connector bug) → the attempt may
 *       have reached the channel. It is re-sent with the same idempotency key only while attempts
 *       remain and the channel will still honour the key when it is re-sent
 *       ({@link org.pressdesk.connector.Capabilities#honoursKeyAfter}); otherwise OUTCOME_UNKNOWN.</li>
 * </ul>
 *
 * <p>An OUTCOME_UNKNOWN target stays queued for a look at the channel after
 * {@code reconcile-delay} ({@link Connector#reconcile}): found → PUBLISHED with its receipt;
 * certainly absent → SCHEDULED to re-send with the same key (or FAILED when no attempts are left);
 * the channel cannot tell → left to a person with what was checked; the channel cannot be asked
 * now → asked again, at most {@code reconcile-checks} times. A target whose node died while
 * PUBLISHING takes the same path when its lease expires.
 */
public class TargetPublisher {

    private static final Logger log = LoggerFactory.getLogger(TargetPublisher.class);

    private final PostRepository posts;
    private final TargetLifecycle lifecycle;
    private final PublishQueue queue;
    private final ChannelRegistry channels;
    private final PostRendering rendering;
    private final PublishEventListener events;
    private final DispatchProperties properties;
    private final RetryBackoff backoff;
    private final ExecutorService publishCalls;
    private final ChannelSlots channelSlots;
    private final Clock clock;
    private final String actor;

    public TargetPublisher(PostRepository posts, TargetLifecycle lifecycle, PublishQueue queue,
                           ChannelRegistry channels, PostRendering rendering, PublishEventListener events,
                           DispatchProperties properties, ExecutorService publishCalls, Clock clock, String nodeId) {
        this.posts = posts;
        this.lifecycle = lifecycle;
        this.queue = queue;
        this.channels = channels;
        this.rendering = rendering;
        this.events = events;
        this.properties = properties;
        this.backoff = RetryBackoff.exponential(properties.initialBackoff(), properties.maxBackoff())
                .withJitter(properties.jitter());
        this.publishCalls = publishCalls;
        this.channelSlots = new ChannelSlots(properties.maxInFlightPerChannel());
        this.clock = clock;
        this.actor = "dispatcher@" + nodeId;
    }

    /** Handles one claim; never throws for a single target's trouble. */
    public void publish(PublishQueue.Claim claim) {
        try {
            Optional<PublishTarget> found = posts.findTarget(claim.targetId());
            if (found.isEmpty()) {
                queue.remove(claim.targetId());
                return;
            }
            PublishTarget target = found.get();
            switch (target.state()) {
                case SCHEDULED -> withChannelSlot(target, () -> start(target));
                case PUBLISHING -> recover(target);
                case OUTCOME_UNKNOWN -> {
                    if (target.nextAttemptAt() != null) {
                        withChannelSlot(target, () -> lookForIt(target));
                    } else {
                        queue.remove(target.id());
                    }
                }
                // Cancelled, or settled by another node: the entry is stale.
                default -> queue.remove(target.id());
            }
        } catch (ConcurrentTargetModificationException changedMeanwhile) {
            log.debug("Target {} changed while being dispatched; leaving it to its new state", claim.targetId());
        } catch (RuntimeException e) {
            log.error("Dispatching target {} failed; its lease will expire and it will be tried again",
                    claim.targetId(), e);
        }
    }

    /** Calls the channel within its share of this node's slots, or hands the claim back for a later poll. */
    private void withChannelSlot(PublishTarget target, Runnable call) {
        if (!channelSlots.tryTake(target.channelId())) {
            queue.schedule(target.id(), clock.instant().plus(properties.pollInterval()));
            return;
        }
        try {
            call.run();
        } finally {
            channelSlots.release(target.channelId());
        }
    }

    /**
     * A node died (or stalled past its lease) while the target was PUBLISHING, so nobody knows
     * whether the channel got it.
     */
    private void recover(PublishTarget target) {
        Instant now = clock.instant();
        PublishTarget inDoubt = target.withPossiblySent(true);
        String reason = "the node publishing this stopped before the channel answered";
        Optional<Connector> connector = channels.find(target.channelId());
        if (connector.isEmpty()) {
            becomeUnknown(target, inDoubt, reason + ", and " + channelGone(target) + "; check the channel by hand",
                    false);
        } else if (mayResend(inDoubt, connector.get(), now)) {
            lifecycle.move(target, inDoubt.withState(TargetState.SCHEDULED).withNextAttemptAt(now), actor,
                    "lease expired while publishing; re-sending with the same idempotency key");
        } else {
            becomeUnknown(target, inDoubt, reason, true);
        }
    }

    /**
     * Loads everything the call needs first, so that nothing that fails before the call can leave
     * the target PUBLISHING or be taken for an unknown outcome: a database error leaves it
     * SCHEDULED under this node's lease, to be claimed again when the lease runs out; a channel that
     * is gone or a text that cannot be published fails it at once.
     */
    private void start(PublishTarget scheduled) {
        Post post = posts.findById(scheduled.postId()).orElseThrow();
        Optional<Connector> configured = channels.find(scheduled.channelId());
        if (configured.isEmpty()) {
            failUnsent(post, scheduled, channelGone(scheduled));
            return;
        }
        Connector connector = configured.get();
        RenderedContent rendered;
        try {
            rendered = rendering.approvedContent(post, scheduled);
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            // Nothing was sent, so this is no unknown outcome: a person must fix the template or the post.
            failUnsent(post, scheduled, "could not render the post for this channel: " + e.getMessage());
            return;
        }
        if (!rendered.publishable()) {
            failUnsent(post, scheduled, "content no longer meets the channel's rules: "
                    + rendered.violations().stream().map(violation -> violation.message()).toList());
            return;
        }
        Instant now = clock.instant();
        if (scheduled.possiblySent() && !connector.capabilities().honoursKeyAfter(keyAge(scheduled, now))) {
            // Waiting (for a rate limit, a backoff) outlasted the channel's memory of the key.
            becomeUnknown(scheduled, scheduled, "an earlier attempt may have reached the channel, and the channel "
                    + "no longer honours its idempotency key; a re-send could publish twice", true);
            emit(post, scheduled, PublishEvent.Outcome.OUTCOME_UNKNOWN, null);
            return;
        }
        int attempt = scheduled.attempts() + 1;
        PublishTarget publishing = lifecycle.move(scheduled,
                scheduled.withState(TargetState.PUBLISHING).withAttemptStarted(now), actor, "attempt " + attempt);
        try {
            PublishReceipt receipt = timed(() -> connector.publish(rendered.content(), publishing.idempotencyKey()),
                    PublishException.OutcomeUnknown::new);
            published(post, publishing, receipt);
        } catch (PublishException failure) {
            settle(post, publishing, failure, connector);
        }
    }

    private static String channelGone(PublishTarget target) {
        return "channel '" + target.channelId() + "' is no longer configured";
    }

    /** Fails a target that was never sent; a person must fix the post, its text or the configuration. */
    private void failUnsent(Post post, PublishTarget scheduled, String reason) {
        fail(post, scheduled, scheduled.withLastError(new ErrorDetail(PublishException.Category.PERMANENT, reason)),
                reason);
    }

    /**
     * Runs a call to the channel on its own thread, so that it cannot outlast the publish timeout.
     *
     * @param noAnswer what a timeout, an interruption or a connector bug counts as
     */
    private <T> T timed(Callable<T> call, BiFunction<String, Throwable, PublishException> noAnswer)
            throws PublishException {
        Future<T> running;
        try {
            running = publishCalls.submit(call);
        } catch (RejectedExecutionException shuttingDown) {
            throw new PublishException.Transient("this node is shutting down; the channel was not called",
                    shuttingDown);
        }
        try {
            return running.get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PublishException failure) {
                throw failure;
            }
            throw noAnswer.apply("the connector failed unexpectedly: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            running.cancel(true);
            Duration timeout = properties.publishTimeout();
            throw noAnswer.apply("no answer from the channel within "
                    + (timeout.toMillisPart() == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms"), e);
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw noAnswer.apply("interrupted while waiting for the channel", e);
        }
    }

    private void published(Post post, PublishTarget publishing, PublishReceipt receipt) {
        Receipt stored = receiptOf(receipt);
        try {
            lifecycle.move(publishing, publishing.withState(TargetState.PUBLISHED).withReceipt(stored)
                    .withLastError(null), actor, "published as " + receipt.remoteId());
        } catch (ConcurrentTargetModificationException e) {
            // Our lease ran out mid-call and another node marked the outcome unknown; we know better now.
            PublishTarget current = posts.findTarget(publishing.id()).orElseThrow();
            if (current.state() != TargetState.OUTCOME_UNKNOWN) {
                throw e;
            }
            lifecycle.move(current, current.withState(TargetState.PUBLISHED).withReceipt(stored).withLastError(null),
                    actor, "the late answer says published as " + receipt.remoteId());
        }
        emit(post, publishing, PublishEvent.Outcome.PUBLISHED, lag(publishing, receipt));
    }

    private void settle(Post post, PublishTarget publishing, PublishException failure, Connector connector) {
        Instant now = clock.instant();
        PublishTarget failed = publishing.withLastError(ErrorDetail.of(failure));
        switch (failure) {
            case PublishException.RateLimited limited -> {
                // The channel refused before publishing: a wait, not an attempt.
                Instant retryAt = limited.retryAt().isAfter(now) ? limited.retryAt() : now;
                lifecycle.move(publishing, failed.withState(TargetState.SCHEDULED).withNextAttemptAt(retryAt)
                                .withAttempts(publishing.attempts() - 1)
                                .withRateLimitedWaits(publishing.rateLimitedWaits() + 1), actor,
                        "rate-limited until " + retryAt);
                emit(post, publishing, PublishEvent.Outcome.RATE_LIMITED, null);
            }
            case PublishException.Permanent permanent -> fail(post, publishing, failed, permanent.getMessage());
            case PublishException.OutcomeUnknown unknown -> afterPossibleDelivery(post, publishing,
                    failed.withPossiblySent(true), failure, connector);
            // An earlier attempt of this target may be on the channel even though this one certainly is not.
            case PublishException.Transient notSent when publishing.possiblySent() -> afterPossibleDelivery(post,
                    publishing, failed, failure, connector);
            case PublishException.Transient notSent -> {
                if (publishing.attempts() >= properties.maxAttempts()) {
                    fail(post, publishing, failed, "gave up after " + publishing.attempts() + " attempts: "
                            + failure.getMessage());
                } else {
                    retry(post, publishing, failed, failure, "retrying", nextAttemptAfter(publishing));
                }
            }
        }
    }

    /**
     * Some attempt may have reached the channel and no answer says whether it did. A re-send is safe
     * only with the same key, while attempts remain and the channel will still honour the key when
     * the re-send goes out; otherwise the outcome is unknown and the dispatcher looks for it.
     */
    private void afterPossibleDelivery(Post post, PublishTarget publishing, PublishTarget inDoubt,
                                       PublishException failure, Connector connector) {
        Instant retryAt = nextAttemptAfter(publishing);
        if (mayResend(inDoubt, connector, retryAt)) {
            retry(post, publishing, inDoubt, failure, "re-sending with the same idempotency key", retryAt);
            return;
        }
        String reason;
        if (publishing.attempts() >= properties.maxAttempts()) {
            reason = "gave up after " + publishing.attempts() + " attempts, at least one of which may have reached "
                    + "the channel; last: " + failure.getMessage();
        } else if (connector.capabilities().idempotentPublish()) {
            reason = failure.getMessage() + "; the channel will have forgotten the idempotency key by the next attempt";
        } else {
            reason = failure.getMessage();
        }
        becomeUnknown(publishing, inDoubt, reason, true);
        emit(post, publishing, PublishEvent.Outcome.OUTCOME_UNKNOWN, null);
    }

    private Instant nextAttemptAfter(PublishTarget publishing) {
        return clock.instant().plus(backoff.delayAfter(publishing.attempts(), ThreadLocalRandom.current()));
    }

    private void retry(Post post, PublishTarget publishing, PublishTarget failed, PublishException failure,
                       String how, Instant retryAt) {
        lifecycle.move(publishing, failed.withState(TargetState.SCHEDULED).withNextAttemptAt(retryAt), actor,
                failure.category().name().toLowerCase() + " error, " + how + " at " + retryAt + ": "
                        + failure.getMessage());
        emit(post, publishing, PublishEvent.Outcome.RETRY_SCHEDULED, null);
    }

    /** Whether a target that may already be on the channel can be sent again at {@code at} without posting twice. */
    private boolean mayResend(PublishTarget target, Connector connector, Instant at) {
        return target.attempts() < properties.maxAttempts()
                && connector.capabilities().honoursKeyAfter(keyAge(target, at));
    }

    /** How long the channel will have had the key at {@code at}; a target tried before this was recorded, very long. */
    private static Duration keyAge(PublishTarget target, Instant at) {
        return Duration.between(target.firstAttemptAt() == null ? Instant.EPOCH : target.firstAttemptAt(), at);
    }

    /**
     * Marks the outcome unknown.
     *
     * @param lookForIt whether the dispatcher will look for it on the channel after {@code reconcile-delay}; if not,
     *                  it is left to a person
     */
    private void becomeUnknown(PublishTarget current, PublishTarget inDoubt, String reason, boolean lookForIt) {
        Instant lookAt = lookForIt ? clock.instant().plus(properties.reconcileDelay()) : null;
        lifecycle.move(current, inDoubt.withState(TargetState.OUTCOME_UNKNOWN).withReconcileChecks(0)
                        .withNextAttemptAt(lookAt)
                        .withLastError(new ErrorDetail(PublishException.Category.OUTCOME_UNKNOWN, reason)),
                actor, "outcome unknown: " + reason + (lookForIt ? "; looking for it on the channel at " + lookAt : ""));
        logOutcome(current, "OUTCOME_UNKNOWN", reason + (lookForIt ? "; looking for it on the channel at " + lookAt
                : ""));
    }

    /** Looks on the channel for a target whose outcome is unknown, and settles it by what the channel shows. */
    private void lookForIt(PublishTarget unknown) {
        Post post = posts.findById(unknown.postId()).orElseThrow();
        Optional<Connector> connector = channels.find(unknown.channelId());
        if (connector.isEmpty()) {
            leaveToPerson(unknown, unknown, channelGone(unknown) + "; check the channel by hand");
            return;
        }
        RenderedContent sent;
        try {
            sent = rendering.approvedContent(post, unknown);
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            leaveToPerson(unknown, unknown, "could not render what was sent, to look for it: " + e.getMessage()
                    + "; check the channel by hand");
            return;
        }
        Instant firstAttemptAt = unknown.firstAttemptAt() == null ? post.createdAt() : unknown.firstAttemptAt();
        Reconciliation shown;
        try {
            shown = timed(() -> connector.get().reconcile(sent.content(), unknown.idempotencyKey(), firstAttemptAt),
                    PublishException.Transient::new);
        } catch (PublishException.RateLimited limited) {
            Instant lookAt = limited.retryAt().isAfter(clock.instant()) ? limited.retryAt() : clock.instant();
            lifecycle.move(unknown, unknown.withNextAttemptAt(lookAt), actor,
                    "rate-limited while looking for it on the channel; looking again at " + lookAt);
            return;
        } catch (PublishException cannotAsk) {
            couldNotLook(unknown, cannotAsk);
            return;
        }
        switch (shown) {
            case Reconciliation.Found found -> {
                lifecycle.move(unknown, unknown.withState(TargetState.PUBLISHED).withReceipt(receiptOf(found.receipt()))
                        .withLastError(null), actor, "found on the channel as " + found.receipt().remoteId() + ": "
                        + found.checked());
                emit(post, unknown, PublishEvent.Outcome.PUBLISHED, lag(unknown, found.receipt()));
            }
            case Reconciliation.Absent absent when unknown.attempts() >= properties.maxAttempts() -> {
                String reason = "gave up after " + unknown.attempts() + " attempts; the channel shows none of them "
                        + "went out (" + absent.checked() + ")";
                fail(post, unknown, unknown.withPossiblySent(false)
                        .withLastError(new ErrorDetail(PublishException.Category.TRANSIENT, reason)), reason);
            }
            case Reconciliation.Absent absent -> {
                lifecycle.move(unknown, unknown.withState(TargetState.SCHEDULED).withPossiblySent(false)
                        .withReconcileChecks(0).withNextAttemptAt(clock.instant()), actor,
                        "not on the channel (" + absent.checked() + "); re-sending with the same idempotency key");
                emit(post, unknown, PublishEvent.Outcome.RETRY_SCHEDULED, null);
            }
            case Reconciliation.Undetermined undetermined -> leaveToPerson(unknown, unknown,
                    "the channel cannot tell whether it went out (" + undetermined.checked() + "); check it by hand");
        }
    }

    private void couldNotLook(PublishTarget unknown, PublishException failure) {
        int checks = unknown.reconcileChecks() + 1;
        PublishTarget counted = unknown.withReconcileChecks(checks);
        if (checks >= properties.reconcileChecks()) {
            leaveToPerson(unknown, counted, "could not look for it on the channel in " + checks + " tries (last: "
                    + failure.getMessage() + "); check the channel by hand");
            return;
        }
        Instant lookAt = clock.instant().plus(properties.reconcileDelay());
        String reason = "could not look for it on the channel (" + failure.getMessage() + "); looking again at " + lookAt;
        lifecycle.move(unknown, counted.withNextAttemptAt(lookAt)
                .withLastError(new ErrorDetail(PublishException.Category.OUTCOME_UNKNOWN, reason)), actor, reason);
    }

    /** Stops looking: a person checks the channel and resolves the target. */
    private void leaveToPerson(PublishTarget unknown, PublishTarget changed, String reason) {
        lifecycle.move(unknown, changed.withNextAttemptAt(null)
                .withLastError(new ErrorDetail(PublishException.Category.OUTCOME_UNKNOWN, reason)), actor, reason);
        logOutcome(unknown, "OUTCOME_UNKNOWN, left to a person", reason);
    }

    private void fail(Post post, PublishTarget current, PublishTarget failed, String reason) {
        lifecycle.move(current, failed.withState(TargetState.FAILED), actor, reason);
        logOutcome(current, "FAILED", reason);
        emit(post, current, PublishEvent.Outcome.FAILED, null);
    }

    /** One line for the operator: staff see the same in the post's history. */
    private static void logOutcome(PublishTarget target, String outcome, String reason) {
        log.warn("Target {} (post {}, channel {}) {}: {}", target.id(), target.postId(), target.channelId(), outcome,
                reason);
    }

    private static Receipt receiptOf(PublishReceipt receipt) {
        return new Receipt(receipt.remoteId(), receipt.url() == null ? null : receipt.url().toString(),
                receipt.publishedAt());
    }

    private static Duration lag(PublishTarget target, PublishReceipt receipt) {
        return target.scheduledAt() == null ? null : Duration.between(target.scheduledAt(), receipt.publishedAt());
    }

    private void emit(Post post, PublishTarget target, PublishEvent.Outcome outcome, Duration lag) {
        try {
            events.onPublishEvent(new PublishEvent(target.channelId(), post.kind(), outcome, target.attempts(),
                    clock.instant(), lag));
        } catch (RuntimeException e) {
            log.warn("A publish event listener failed", e);
        }
    }
}

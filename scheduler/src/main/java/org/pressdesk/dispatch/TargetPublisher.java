package org.pressdesk.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.PublishReceipt;
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
 * Publishes one claimed target and records what happened.
 *
 * <p>The post, its approved text and the channel's connector are loaded first; a target that
 * cannot be sent (its channel is gone, its text no longer fits) fails without being sent. Then the
 * target moves SCHEDULED → PUBLISHING <em>before</em> the connector is called and the move is
 * version-checked, so of two nodes holding the same entry only one can start sending. Whatever
 * the connector answers then decides the next state:
 * <ul>
 *   <li>a receipt → PUBLISHED;</li>
 *   <li>transient → SCHEDULED again after an exponential, jittered wait, until attempts run out → FAILED;</li>
 *   <li>rate-limited → SCHEDULED at the time the channel gave;</li>
 *   <li>permanent → FAILED with the channel's reason;</li>
 *   <li>no answer (lost response, timeout, connector bug) → a re-send with the same idempotency key
 *       where the channel honours keys, otherwise OUTCOME_UNKNOWN for a person to check — never a
 *       blind second post.</li>
 * </ul>
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
                case SCHEDULED -> start(target);
                case PUBLISHING -> recover(target);
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

    /**
     * A node died (or stalled past its lease) while the target was PUBLISHING, so nobody knows
     * whether the channel got it.
     */
    private void recover(PublishTarget target) {
        Optional<Connector> connector = channels.find(target.channelId());
        if (connector.isEmpty()) {
            lifecycle.move(target, target.withState(TargetState.OUTCOME_UNKNOWN).withLastError(new ErrorDetail(
                            PublishException.Category.OUTCOME_UNKNOWN, "the node publishing this stopped before the "
                            + "channel answered, and " + channelGone(target) + "; check the channel by hand")),
                    actor, "lease expired while publishing");
        } else if (connector.get().capabilities().idempotentPublish()) {
            lifecycle.move(target, target.withState(TargetState.SCHEDULED).withNextAttemptAt(clock.instant()), actor,
                    "lease expired while publishing; re-sending with the same idempotency key");
        } else {
            lifecycle.move(target, target.withState(TargetState.OUTCOME_UNKNOWN).withLastError(new ErrorDetail(
                            PublishException.Category.OUTCOME_UNKNOWN,
                            "the node publishing this stopped before the channel answered; check the channel")),
                    actor, "lease expired while publishing");
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
        int attempt = scheduled.attempts() + 1;
        PublishTarget publishing = lifecycle.move(scheduled,
                scheduled.withState(TargetState.PUBLISHING).withAttempts(attempt), actor, "attempt " + attempt);
        try {
            PublishReceipt receipt = call(connector, rendered, publishing.idempotencyKey());
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

    private PublishReceipt call(Connector connector, RenderedContent rendered, String idempotencyKey)
            throws PublishException {
        Future<PublishReceipt> call = publishCalls.submit(() -> connector.publish(rendered.content(), idempotencyKey));
        try {
            return call.get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PublishException failure) {
                throw failure;
            }
            throw new PublishException.OutcomeUnknown("the connector failed unexpectedly: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new PublishException.OutcomeUnknown("no answer from the channel within "
                    + properties.publishTimeout().toSeconds() + "s", e);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new PublishException.OutcomeUnknown("interrupted while waiting for the channel", e);
        }
    }

    private void published(Post post, PublishTarget publishing, PublishReceipt receipt) {
        Receipt stored = new Receipt(receipt.remoteId(), receipt.url() == null ? null : receipt.url().toString(),
                receipt.publishedAt());
        try {
            lifecycle.move(publishing, publishing.withState(TargetState.PUBLISHED).withReceipt(stored)
                    .withLastError(null), actor, "published as " + receipt.remoteId());
        } catch (ConcurrentTargetModificationException e) {
            // Our lease ran out mid-call and another node marked the outcome unknown; we know better now.
            PublishTarget current = posts.findTarget(publishing.id()).orElseThrow();
            if (current.state() != TargetState.OUTCOME_UNKNOWN) {
                throw e;
            }
            lifecycle.move(current, current.withState(TargetState.PUBLISHED).withReceipt(stored), actor,
                    "the late answer says published as " + receipt.remoteId());
        }
        Duration lag = publishing.scheduledAt() == null ? null
                : Duration.between(publishing.scheduledAt(), receipt.publishedAt());
        emit(post, publishing, PublishEvent.Outcome.PUBLISHED, lag);
    }

    private void settle(Post post, PublishTarget publishing, PublishException failure, Connector connector) {
        Instant now = clock.instant();
        ErrorDetail error = ErrorDetail.of(failure);
        PublishTarget failed = publishing.withLastError(error);
        boolean safeToResend = connector.capabilities().idempotentPublish();
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
            case PublishException.OutcomeUnknown unknown when !safeToResend -> {
                lifecycle.move(publishing, failed.withState(TargetState.OUTCOME_UNKNOWN), actor,
                        "outcome unknown: " + unknown.getMessage());
                emit(post, publishing, PublishEvent.Outcome.OUTCOME_UNKNOWN, null);
            }
            // Transient, or unknown on a channel that de-duplicates by idempotency key.
            default -> {
                if (publishing.attempts() >= properties.maxAttempts()) {
                    fail(post, publishing, failed, "gave up after " + publishing.attempts() + " attempts: "
                            + failure.getMessage());
                } else {
                    Instant retryAt = now.plus(backoff.delayAfter(publishing.attempts(), ThreadLocalRandom.current()));
                    lifecycle.move(publishing, failed.withState(TargetState.SCHEDULED).withNextAttemptAt(retryAt), actor,
                            failure.category().name().toLowerCase() + " error, retrying at " + retryAt + ": "
                                    + failure.getMessage());
                    emit(post, publishing, PublishEvent.Outcome.RETRY_SCHEDULED, null);
                }
            }
        }
    }

    private void fail(Post post, PublishTarget publishing, PublishTarget failed, String reason) {
        lifecycle.move(publishing, failed.withState(TargetState.FAILED), actor, reason);
        emit(post, publishing, PublishEvent.Outcome.FAILED, null);
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

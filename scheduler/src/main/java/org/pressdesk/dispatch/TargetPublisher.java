package org.pressdesk.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
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
import org.pressdesk.post.TargetLifecycle;
import org.pressdesk.post.TargetState;
import org.pressdesk.queue.PublishQueue;
import org.pressdesk.template.RenderedContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Publishes one claimed target and records what happened; a claimed target whose outcome is
 * unknown goes to the {@link Reconciler} to be looked for on its channel.
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
 *       remain and the channel will still honour the key when the re-send goes out
 *       ({@link org.pressdesk.connector.Capabilities#honoursKeyAfter}, counted from the first
 *       attempt); otherwise OUTCOME_UNKNOWN, to be looked for after {@code reconcile-delay}. A
 *       transient error after such an attempt is treated the same way, since the earlier attempt
 *       may be out.</li>
 * </ul>
 * A target whose node died while PUBLISHING is handled the same way when its lease expires.
 * A WITHDRAWING target goes to the {@link TargetWithdrawer}, which asks its channel to delete it.
 * Each channel gets at most {@code max-in-flight-per-channel} calls at once on this node; a claim
 * beyond that is handed back, due one poll interval later.
 */
public class TargetPublisher {

    private static final Logger log = LoggerFactory.getLogger(TargetPublisher.class);

    private final PostRepository posts;
    private final PublishQueue queue;
    private final ChannelRegistry channels;
    private final PostRendering rendering;
    private final DispatchProperties properties;
    private final RetryBackoff backoff;
    private final TimedChannelCalls calls;
    private final ChannelSlots channelSlots;
    private final TargetOutcomes outcomes;
    private final Reconciler reconciler;
    private final TargetWithdrawer withdrawer;
    private final Clock clock;
    private final PauseBoard pauses;
    private final ChannelPacing pacing;
    private final PacingWaits waits;

    public TargetPublisher(PostRepository posts, TargetLifecycle lifecycle, PublishQueue queue,
                           ChannelRegistry channels, PostRendering rendering, PublishEventListener events,
                           DispatchProperties properties, ExecutorService publishCalls, Clock clock, String nodeId) {
        this(posts, lifecycle, queue, channels, rendering, events, properties, publishCalls, clock, nodeId,
                PauseBoard.NEVER_PAUSED, ChannelPacing.NONE);
    }

    /**
     * A publisher that keeps each channel's pacing and pauses a channel whose account cannot publish
     * (quota used up, credentials expired).
     */
    public TargetPublisher(PostRepository posts, TargetLifecycle lifecycle, PublishQueue queue,
                           ChannelRegistry channels, PostRendering rendering, PublishEventListener events,
                           DispatchProperties properties, ExecutorService publishCalls, Clock clock, String nodeId,
                           PauseBoard pauses, ChannelPacing pacing) {
        this(posts, lifecycle, queue, channels, rendering, events, properties, publishCalls, clock, nodeId, pauses,
                pacing, PacingWaits.NONE);
    }

    /** The same, counting every target held back by pacing or a pause on {@code waits}. */
    public TargetPublisher(PostRepository posts, TargetLifecycle lifecycle, PublishQueue queue,
                           ChannelRegistry channels, PostRendering rendering, PublishEventListener events,
                           DispatchProperties properties, ExecutorService publishCalls, Clock clock, String nodeId,
                           PauseBoard pauses, ChannelPacing pacing, PacingWaits waits) {
        this.waits = waits;
        this.pauses = pauses;
        this.pacing = pacing;
        this.posts = posts;
        this.queue = queue;
        this.channels = channels;
        this.rendering = rendering;
        this.properties = properties;
        this.backoff = RetryBackoff.exponential(properties.initialBackoff(), properties.maxBackoff())
                .withJitter(properties.jitter());
        this.calls = new TimedChannelCalls(publishCalls, properties.publishTimeout());
        this.channelSlots = new ChannelSlots(properties.maxInFlightPerChannel());
        this.outcomes = new TargetOutcomes(lifecycle, posts, events, properties.reconcileDelay(), clock,
                "dispatcher@" + nodeId);
        this.reconciler = new Reconciler(posts, channels, rendering, calls, outcomes, properties, clock);
        this.withdrawer = new TargetWithdrawer(posts, channels, calls, outcomes, backoff, properties, pauses, clock);
        this.clock = clock;
    }

    /**
     * Prepares a claimed batch together: reads its targets, their posts and approved parts in one query each and
     * moves every one that can start SCHEDULED → PUBLISHING in one transaction (each move still version-checked on
     * its own). Returns one task per claim to run on its own thread: the channel call and outcome of a started
     * target, or {@link #publish(PublishQueue.Claim, PublishQueue.Paused)} for every other claim (withdrawals,
     * recoveries, paced channels, anything that cannot be sent), which handles it alone as before.
     *
     * @param claims claimed together while {@code paused} was paused
     */
    public List<Runnable> prepare(List<PublishQueue.Claim> claims, PublishQueue.Paused paused) {
        List<Runnable> tasks = new ArrayList<>(claims.size());
        List<Prepared> ready = new ArrayList<>();
        try {
            Map<Long, PublishTarget> targets = new HashMap<>();
            posts.findTargets(claims.stream().map(PublishQueue.Claim::targetId).toList())
                    .forEach(target -> targets.put(target.id(), target));
            List<PublishTarget> startable = targets.values().stream()
                    .filter(target -> target.state() == TargetState.SCHEDULED && !target.possiblySent()
                            && !paused.covers(target.channelId()) && !pacing.paces(target.channelId())
                            && channels.find(target.channelId()).isPresent())
                    .toList();
            Map<Long, Post> postsById = posts.findAllById(startable.stream().map(PublishTarget::postId).toList());
            Map<Long, List<String>> parts = rendering.approvedParts(startable.stream().map(PublishTarget::id).toList());
            for (PublishQueue.Claim claim : claims) {
                PublishTarget target = targets.get(claim.targetId());
                Post post = target == null ? null : postsById.get(target.postId());
                Prepared prepared = post == null || !startable.contains(target) ? null
                        : prepared(post, target, parts.get(target.id()));
                if (prepared == null) {
                    tasks.add(() -> publish(claim, paused));
                } else {
                    ready.add(prepared);
                }
            }
            if (!ready.isEmpty()) {
                tasks.addAll(start(ready));
            }
            return tasks;
        } catch (RuntimeException e) {
            // A database error: every claim goes its own way, as if never batched (nothing was started).
            log.debug("Preparing a batch of {} claims failed; handling each alone", claims.size(), e);
            ready.forEach(prepared -> channelSlots.release(prepared.target().channelId()));
            return claims.stream().<Runnable>map(claim -> () -> publish(claim, paused)).toList();
        }
    }

    /** A scheduled target ready to be sent, its channel slot taken. */
    private record Prepared(Post post, PublishTarget target, Connector connector, RenderedContent rendered) {
    }

    /** Ready to send, its slot taken; or null when the target is for {@link #publish} to handle (and fail) alone. */
    private Prepared prepared(Post post, PublishTarget target, List<String> approvedParts) {
        Connector connector = channels.find(target.channelId()).orElseThrow();
        RenderedContent rendered;
        try {
            rendered = rendering.approvedContent(post, target, Optional.ofNullable(approvedParts));
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            return null;
        }
        if (!rendered.publishable() || !channelSlots.tryTake(target.channelId())) {
            return null;
        }
        return new Prepared(post, target, connector, rendered);
    }

    /** Moves the prepared targets to PUBLISHING together; one task per target that started. */
    private List<Runnable> start(List<Prepared> ready) {
        Instant now = clock.instant();
        List<PublishTarget> started;
        try {
            started = outcomes.moveAll(ready.stream().map(prepared -> new TargetLifecycle.Move(prepared.target(),
                    prepared.target().withState(TargetState.PUBLISHING).withAttemptStarted(now),
                    "attempt " + (prepared.target().attempts() + 1), prepared.post())).toList());
        } catch (RuntimeException e) {
            ready.forEach(prepared -> channelSlots.release(prepared.target().channelId()));
            throw e;
        }
        List<Runnable> tasks = new ArrayList<>(ready.size());
        for (int i = 0; i < ready.size(); i++) {
            Prepared prepared = ready.get(i);
            PublishTarget publishing = started.get(i);
            if (publishing == null) {
                log.debug("Target {} changed while being dispatched; leaving it to its new state", prepared.target().id());
                channelSlots.release(prepared.target().channelId());
                continue;
            }
            tasks.add(() -> {
                try {
                    callAndSettle(prepared.post(), publishing, prepared.rendered(), prepared.connector());
                } catch (ConcurrentTargetModificationException changedMeanwhile) {
                    log.debug("Target {} changed while being dispatched; leaving it to its new state", publishing.id());
                } catch (RuntimeException e) {
                    log.error("Dispatching target {} failed; its lease will expire and it will be tried again",
                            publishing.id(), e);
                } finally {
                    channelSlots.release(publishing.channelId());
                }
            });
        }
        return tasks;
    }

    /** Handles one claim; never throws for a single target's trouble. */
    public void publish(PublishQueue.Claim claim) {
        publish(claim, PublishQueue.Paused.NOTHING);
    }

    /**
     * Handles one claim made while {@code paused} was paused; never throws for a single target's trouble. The
     * queue holds back a paused channel's publications, but not a lease that ran out: such a target that is
     * still SCHEDULED (its node died before sending) is handed back to wait for the pause's end.
     */
    public void publish(PublishQueue.Claim claim, PublishQueue.Paused paused) {
        try {
            Optional<PublishTarget> found = posts.findTarget(claim.targetId());
            if (found.isEmpty()) {
                queue.drop(claim);
                return;
            }
            PublishTarget target = found.get();
            switch (target.state()) {
                case SCHEDULED -> {
                    if (paused.covers(target.channelId())) {
                        queue.handBack(claim, clock.instant().plus(properties.pollInterval()));
                        waits.delayed(target.channelId(), "paused", properties.pollInterval());
                    } else {
                        withChannelSlot(claim, target, () -> start(target));
                    }
                }
                case PUBLISHING -> recover(target);
                case WITHDRAWING -> withChannelSlot(claim, target, () -> withdrawer.withdraw(target));
                case OUTCOME_UNKNOWN -> {
                    if (target.nextAttemptAt() != null) {
                        withChannelSlot(claim, target, () -> reconciler.lookFor(target));
                    } else {
                        queue.drop(claim);
                    }
                }
                // Cancelled, or settled by another node: the entry is stale.
                default -> queue.drop(claim);
            }
        } catch (ConcurrentTargetModificationException changedMeanwhile) {
            log.debug("Target {} changed while being dispatched; leaving it to its new state", claim.targetId());
        } catch (RuntimeException e) {
            log.error("Dispatching target {} failed; its lease will expire and it will be tried again",
                    claim.targetId(), e);
        }
    }

    /** Calls the channel within its share of this node's slots, or hands the claim back for a later poll. */
    private void withChannelSlot(PublishQueue.Claim claim, PublishTarget target, Runnable call) {
        if (!channelSlots.tryTake(target.channelId())) {
            queue.handBack(claim, clock.instant().plus(properties.pollInterval()));
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
            outcomes.unknown(post(target), target, inDoubt,
                    reason + ", and " + channelGone(target) + "; check the channel by hand", false);
        } else if (mayResend(inDoubt, connector.get(), now)) {
            outcomes.move(target, inDoubt.withState(TargetState.SCHEDULED).withNextAttemptAt(now),
                    "lease expired while publishing; re-sending with the same idempotency key");
        } else {
            outcomes.unknown(post(target), target, inDoubt, reason, true);
        }
    }

    private Post post(PublishTarget target) {
        return posts.findById(target.postId()).orElseThrow();
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
            outcomes.failUnsent(post, scheduled, channelGone(scheduled));
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
            outcomes.failUnsent(post, scheduled, "could not render the post for this channel: " + e.getMessage());
            return;
        }
        if (!rendered.publishable()) {
            outcomes.failUnsent(post, scheduled, "content no longer meets the channel's rules: "
                    + rendered.violations().stream().map(violation -> violation.message()).toList());
            return;
        }
        Instant now = clock.instant();
        if (scheduled.possiblySent() && !connector.capabilities().honoursKeyAfter(keyAge(scheduled, now))) {
            // Waiting (for a rate limit, a backoff) outlasted the channel's memory of the key.
            outcomes.unknown(post, scheduled, scheduled, "an earlier attempt may have reached the channel, and the "
                    + "channel no longer honours its idempotency key; a re-send could publish twice", true);
            return;
        }
        int attempt = scheduled.attempts() + 1;
        AtomicReference<PublishTarget> started = new AtomicReference<>();
        Optional<ChannelPacing.Wait> wait = pacing.startOrWait(scheduled.channelId(), now, () -> started.set(
                outcomes.move(scheduled, scheduled.withState(TargetState.PUBLISHING).withAttemptStarted(now),
                        "attempt " + attempt)));
        if (wait.isPresent()) {
            // Paced: a wait, never a failure; the history says which setting held it back.
            outcomes.move(scheduled, scheduled.withNextAttemptAt(wait.get().until()),
                    "paced until " + wait.get().until() + ": " + wait.get().why());
            waits.delayed(scheduled.channelId(), wait.get().cause(), Duration.between(now, wait.get().until()));
            return;
        }
        callAndSettle(post, started.get(), rendered, connector);
    }

    /** Sends a target that is PUBLISHING and records what the channel answered. */
    private void callAndSettle(Post post, PublishTarget publishing, RenderedContent rendered, Connector connector) {
        try {
            PublishReceipt receipt = calls.call(() -> connector.publish(rendered.content(),
                    publishing.idempotencyKey()), PublishException.OutcomeUnknown::new);
            published(post, publishing, receipt);
        } catch (PublishException failure) {
            settle(post, publishing, failure, connector);
        }
    }

    static String channelGone(PublishTarget target) {
        return "channel '" + target.channelId() + "' is no longer configured";
    }

    private void published(Post post, PublishTarget publishing, PublishReceipt receipt) {
        try {
            outcomes.published(post, publishing, receipt, "published as " + receipt.remoteId());
        } catch (ConcurrentTargetModificationException e) {
            // Our lease ran out mid-call and another node marked the outcome unknown; we know better now.
            PublishTarget current = posts.findTarget(publishing.id()).orElseThrow();
            if (current.state() != TargetState.OUTCOME_UNKNOWN) {
                throw e;
            }
            outcomes.published(post, current, receipt, "the late answer says published as " + receipt.remoteId());
        }
    }

    private void settle(Post post, PublishTarget publishing, PublishException failure, Connector connector) {
        Instant now = clock.instant();
        PublishTarget failed = publishing.withLastError(ErrorDetail.of(failure));
        switch (failure) {
            case PublishException.RateLimited limited -> {
                // The channel refused before publishing: a wait, not an attempt.
                Instant retryAt = limited.retryAt().isAfter(now) ? limited.retryAt() : now;
                outcomes.move(publishing, failed.withState(TargetState.SCHEDULED).withNextAttemptAt(retryAt)
                        .withAttempts(publishing.attempts() - 1)
                        .withRateLimitedWaits(publishing.rateLimitedWaits() + 1), "rate-limited until " + retryAt);
                outcomes.emit(post, publishing, PublishEvent.Outcome.RATE_LIMITED, null);
            }
            case PublishException.AccountUnavailable unavailable -> {
                // Every post would fail the same way: pause the channel first, so that no node claims the
                // target again, then put it back to wait out the pause. Nothing was published: not an attempt.
                pauses.accountUnavailable(publishing.channelId(), unavailable);
                outcomes.move(publishing, failed.withState(TargetState.SCHEDULED).withNextAttemptAt(now)
                        .withAttempts(publishing.attempts() - 1), "the account cannot publish now, channel '"
                        + publishing.channelId() + "' paused: " + unavailable.getMessage());
                waits.delayed(publishing.channelId(), "account-unavailable", unavailable.availableAt() == null
                        ? Duration.ZERO : Duration.between(now, unavailable.availableAt()));
            }
            case PublishException.Permanent permanent ->
                    outcomes.fail(post, publishing, failed, permanent.getMessage());
            case PublishException.OutcomeUnknown unknown ->
                    afterPossibleDelivery(post, publishing, failed.withPossiblySent(true), failure, connector);
            // An earlier attempt of this target may be on the channel even though this one certainly is not.
            case PublishException.Transient notSent when publishing.possiblySent() ->
                    afterPossibleDelivery(post, publishing, failed, failure, connector);
            case PublishException.Transient notSent -> {
                if (publishing.attempts() >= properties.maxAttempts()) {
                    outcomes.fail(post, publishing, failed, "gave up after " + publishing.attempts() + " attempts: "
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
        outcomes.unknown(post, publishing, inDoubt, reason, true);
    }

    private Instant nextAttemptAfter(PublishTarget publishing) {
        return clock.instant().plus(backoff.delayAfter(publishing.attempts(), ThreadLocalRandom.current()));
    }

    private void retry(Post post, PublishTarget publishing, PublishTarget failed, PublishException failure,
                       String how, Instant retryAt) {
        outcomes.move(publishing, failed.withState(TargetState.SCHEDULED).withNextAttemptAt(retryAt),
                failure.category().name().toLowerCase() + " error, " + how + " at " + retryAt + ": "
                        + failure.getMessage());
        outcomes.emit(post, publishing, PublishEvent.Outcome.RETRY_SCHEDULED, null);
    }

    /** Whether a target that may already be on the channel can be sent again at {@code at} without posting twice. */
    private boolean mayResend(PublishTarget target, Connector connector, Instant at) {
        return target.attempts() < properties.maxAttempts()
                && connector.capabilities().honoursKeyAfter(keyAge(target, at));
    }

    /** How long the channel will have had the key at {@code at}; for a target tried before this was recorded, ages. */
    private static Duration keyAge(PublishTarget target, Instant at) {
        return Duration.between(target.firstAttemptAt() == null ? Instant.EPOCH : target.firstAttemptAt(), at);
    }
}

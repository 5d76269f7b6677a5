package org.pressdesk.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.Reconciliation;
import org.pressdesk.metrics.publish.PublishEvent;
import org.pressdesk.post.ErrorDetail;
import org.pressdesk.post.Post;
import org.pressdesk.post.PostRendering;
import org.pressdesk.post.PostRepository;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.post.TargetState;
import org.pressdesk.template.RenderedContent;
import org.springframework.dao.DataAccessException;

/**
 * Looks on the channel for a target whose outcome is unknown ({@link Connector#reconcile}) and
 * settles it by what the channel shows: found → PUBLISHED with its receipt; certainly absent →
 * SCHEDULED to re-send with the same key, or FAILED when no attempts are left; the channel cannot
 * tell → left to a person with what was checked. A channel that cannot be asked now is asked again
 * after {@code reconcile-delay}, at most {@code reconcile-checks} times; a rate limit waits
 * without counting.
 */
final class Reconciler {

    private final PostRepository posts;
    private final ChannelRegistry channels;
    private final PostRendering rendering;
    private final TimedChannelCalls calls;
    private final TargetOutcomes outcomes;
    private final DispatchProperties properties;
    private final Clock clock;

    Reconciler(PostRepository posts, ChannelRegistry channels, PostRendering rendering, TimedChannelCalls calls,
               TargetOutcomes outcomes, DispatchProperties properties, Clock clock) {
        this.posts = posts;
        this.channels = channels;
        this.rendering = rendering;
        this.calls = calls;
        this.outcomes = outcomes;
        this.properties = properties;
        this.clock = clock;
    }

    void lookFor(PublishTarget unknown) {
        Post post = posts.findById(unknown.postId()).orElseThrow();
        Optional<Connector> connector = channels.find(unknown.channelId());
        if (connector.isEmpty()) {
            outcomes.leaveToPerson(unknown, unknown, TargetPublisher.channelGone(unknown)
                    + "; check the channel by hand");
            return;
        }
        RenderedContent sent;
        try {
            sent = rendering.approvedContent(post, unknown);
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            outcomes.leaveToPerson(unknown, unknown, "could not render what was sent, to look for it: "
                    + e.getMessage() + "; check the channel by hand");
            return;
        }
        // A target tried before first attempts were recorded: nothing older than the post can be it.
        Instant firstAttemptAt = unknown.firstAttemptAt() == null ? post.createdAt() : unknown.firstAttemptAt();
        Reconciliation shown;
        try {
            shown = calls.call(() -> connector.get().reconcile(sent.content(), unknown.idempotencyKey(),
                    firstAttemptAt), PublishException.Transient::new);
        } catch (PublishException.RateLimited limited) {
            Instant lookAt = limited.retryAt().isAfter(clock.instant()) ? limited.retryAt() : clock.instant();
            outcomes.move(unknown, unknown.withNextAttemptAt(lookAt),
                    "rate-limited while looking for it on the channel; looking again at " + lookAt);
            return;
        } catch (PublishException.AccountUnavailable unavailable) {
            // The account's calls are used up: a wait, like a rate limit; nothing says whether it went out yet.
            Instant lookAt = unavailable.availableAt() != null && unavailable.availableAt().isAfter(clock.instant())
                    ? unavailable.availableAt() : clock.instant().plus(properties.reconcileDelay());
            outcomes.move(unknown, unknown.withNextAttemptAt(lookAt),
                    "the account cannot be read now (" + unavailable.getMessage() + "); looking again at " + lookAt);
            return;
        } catch (PublishException cannotAsk) {
            couldNotLook(unknown, cannotAsk);
            return;
        }
        settle(post, unknown, shown);
    }

    private void settle(Post post, PublishTarget unknown, Reconciliation shown) {
        switch (shown) {
            case Reconciliation.Found found -> outcomes.published(post, unknown, found.receipt(),
                    "found on the channel as " + found.receipt().remoteId() + ": " + found.checked());
            case Reconciliation.Absent absent when unknown.attempts() >= properties.maxAttempts() -> {
                String reason = "gave up after " + unknown.attempts() + " attempts; the channel shows none of them "
                        + "went out (" + absent.checked() + ")";
                outcomes.fail(post, unknown, unknown.withPossiblySent(false)
                        .withLastError(new ErrorDetail(PublishException.Category.TRANSIENT, reason)), reason);
            }
            case Reconciliation.Absent absent -> {
                outcomes.move(unknown, unknown.withState(TargetState.SCHEDULED).withPossiblySent(false)
                        .withReconcileChecks(0).withNextAttemptAt(clock.instant()),
                        "not on the channel (" + absent.checked() + "); re-sending with the same idempotency key");
                outcomes.emit(post, unknown, PublishEvent.Outcome.RETRY_SCHEDULED, null);
            }
            case Reconciliation.Undetermined undetermined -> outcomes.leaveToPerson(unknown, unknown,
                    "the channel cannot tell whether it went out (" + undetermined.checked() + "); check it by hand");
        }
    }

    private void couldNotLook(PublishTarget unknown, PublishException failure) {
        int checks = unknown.reconcileChecks() + 1;
        PublishTarget counted = unknown.withReconcileChecks(checks);
        if (checks >= properties.reconcileChecks()) {
            outcomes.leaveToPerson(unknown, counted, "could not look for it on the channel in " + checks
                    + " tries (last: " + failure.getMessage() + "); check the channel by hand");
            return;
        }
        Instant lookAt = clock.instant().plus(properties.reconcileDelay());
        String reason = "could not look for it on the channel (" + failure.getMessage() + "); looking again at "
                + lookAt;
        outcomes.move(unknown, counted.withNextAttemptAt(lookAt)
                .withLastError(new ErrorDetail(PublishException.Category.OUTCOME_UNKNOWN, reason)), reason);
    }
}

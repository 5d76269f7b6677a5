package org.pressdesk.dispatch;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Withdrawal;
import org.pressdesk.post.ErrorDetail;
import org.pressdesk.post.Post;
import org.pressdesk.post.PostRepository;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.post.TargetState;

/**
 * Takes one claimed WITHDRAWING target down from its channel ({@link Connector#withdraw}), with every
 * part of a thread, and records what happened:
 * <ul>
 *   <li>withdrawn, or already gone from the channel → WITHDRAWN;</li>
 *   <li>a radio item already on air → WITHDRAWAL_FAILED, saying it aired and cannot be taken back;</li>
 *   <li>transient failure or no answer → WITHDRAWING again after the same backoff as publishing, until
 *       attempts run out → WITHDRAWAL_FAILED;</li>
 *   <li>rate-limited → WITHDRAWING at the time the channel gave; a wait, not an attempt;</li>
 *   <li>permanent (the channel cannot withdraw, the account is disconnected, the channel is no longer
 *       configured) → WITHDRAWAL_FAILED with the reason, for a person.</li>
 * </ul>
 * Unlike publishing, a lost answer needs no reconciling: asking a channel to delete what it no longer
 * has is answered "already gone", so the same request is simply made again, on this node or, after a
 * lease runs out, on another.
 */
final class TargetWithdrawer {

    private final PostRepository posts;
    private final ChannelRegistry channels;
    private final TimedChannelCalls calls;
    private final TargetOutcomes outcomes;
    private final RetryBackoff backoff;
    private final DispatchProperties properties;
    private final PauseBoard pauses;
    private final Clock clock;

    TargetWithdrawer(PostRepository posts, ChannelRegistry channels, TimedChannelCalls calls, TargetOutcomes outcomes,
                     RetryBackoff backoff, DispatchProperties properties, PauseBoard pauses, Clock clock) {
        this.pauses = pauses;
        this.posts = posts;
        this.channels = channels;
        this.calls = calls;
        this.outcomes = outcomes;
        this.backoff = backoff;
        this.properties = properties;
        this.clock = clock;
    }

    void withdraw(PublishTarget withdrawing) {
        Post post = posts.findById(withdrawing.postId()).orElseThrow();
        Optional<Connector> configured = channels.find(withdrawing.channelId());
        if (configured.isEmpty()) {
            outcomes.withdrawalFailed(post, withdrawing, withdrawing, TargetPublisher.channelGone(withdrawing)
                    + "; take the publication down by hand");
            return;
        }
        Optional<PublishReceipt> found = receiptOf(withdrawing);
        if (found.isEmpty()) {
            outcomes.withdrawalFailed(post, withdrawing, withdrawing,
                    "Pressdesk has no record of where it was published; take it down by hand");
            return;
        }
        Connector connector = configured.get();
        PublishReceipt receipt = found.get();
        PublishTarget attempt = withdrawing.withAttempts(withdrawing.attempts() + 1);
        try {
            Withdrawal withdrawal = calls.call(() -> connector.withdraw(receipt, withdrawing.idempotencyKey()),
                    PublishException.Transient::new);
            if (withdrawal.isWithdrawn()) {
                outcomes.withdrawn(post, attempt, withdrawal);
            } else {
                outcomes.withdrawalFailed(post, attempt, attempt, "already on air, cannot be taken back: "
                        + withdrawal.detail());
            }
        } catch (PublishException failure) {
            settle(post, withdrawing, attempt, failure);
        }
    }

    private void settle(Post post, PublishTarget withdrawing, PublishTarget attempt, PublishException failure) {
        Instant now = clock.instant();
        PublishTarget failed = attempt.withLastError(ErrorDetail.of(failure));
        switch (failure) {
            case PublishException.RateLimited limited -> {
                Instant retryAt = limited.retryAt().isAfter(now) ? limited.retryAt() : now;
                outcomes.move(withdrawing, failed.withAttempts(withdrawing.attempts())
                        .withRateLimitedWaits(withdrawing.rateLimitedWaits() + 1).withNextAttemptAt(retryAt),
                        "rate-limited until " + retryAt);
            }
            // The account cannot act now (quota, credentials): pause the channel as publishing does and wait
            // for the platform's time, or ask again later; nothing was deleted, so it is not an attempt.
            case PublishException.AccountUnavailable unavailable -> {
                pauses.accountUnavailable(withdrawing.channelId(), unavailable);
                Instant retryAt = unavailable.availableAt() != null && unavailable.availableAt().isAfter(now)
                        ? unavailable.availableAt()
                        : now.plus(backoff.delayAfter(withdrawing.attempts() + 1, ThreadLocalRandom.current()));
                outcomes.move(withdrawing, failed.withAttempts(withdrawing.attempts())
                        .withRateLimitedWaits(withdrawing.rateLimitedWaits() + 1).withNextAttemptAt(retryAt),
                        "the account cannot withdraw now, channel '" + withdrawing.channelId() + "' paused, asking again at "
                                + retryAt + ": " + unavailable.getMessage());
            }
            case PublishException.Permanent permanent -> outcomes.withdrawalFailed(post, withdrawing, failed,
                    permanent.getMessage());
            // Deleting twice is harmless, so a request that may have reached the channel is just made again.
            case PublishException.Transient notDone -> retryOrGiveUp(post, withdrawing, failed, failure);
            case PublishException.OutcomeUnknown noAnswer -> retryOrGiveUp(post, withdrawing, failed, failure);
        }
    }

    private void retryOrGiveUp(Post post, PublishTarget withdrawing, PublishTarget failed, PublishException failure) {
        if (failed.attempts() >= properties.maxAttempts()) {
            outcomes.withdrawalFailed(post, withdrawing, failed, "gave up after " + failed.attempts() + " attempts: "
                    + failure.getMessage());
            return;
        }
        Instant retryAt = clock.instant().plus(backoff.delayAfter(failed.attempts(), ThreadLocalRandom.current()));
        outcomes.move(withdrawing, failed.withNextAttemptAt(retryAt), failure.category().name().toLowerCase()
                + " error, withdrawing again at " + retryAt + ": " + failure.getMessage());
    }

    /**
     * Where the target was published, with every part's id where they were recorded; for a thread that failed
     * half-way, the parts its journal says went out.
     */
    private Optional<PublishReceipt> receiptOf(PublishTarget target) {
        if (target.receipt() == null) {
            List<String> partsOut = posts.threadPartsOut(target);
            return partsOut.isEmpty() ? Optional.empty()
                    : Optional.of(new PublishReceipt(partsOut.getFirst(), null, Instant.EPOCH, partsOut));
        }
        List<String> parts = posts.publishedParts(target.id());
        Instant publishedAt = target.receipt().publishedAt() != null ? target.receipt().publishedAt() : Instant.EPOCH;
        URI url;
        try {
            url = target.receipt().url() == null ? null : URI.create(target.receipt().url());
        } catch (IllegalArgumentException notALink) {
            url = null;
        }
        return Optional.of(new PublishReceipt(target.receipt().remoteId(), url, publishedAt,
                parts.isEmpty() ? List.of(target.receipt().remoteId()) : parts));
    }
}

package org.pressdesk.post;

import java.time.Instant;

/**
 * One channel account a post goes to, with its own lifecycle.
 *
 * @param id               database id
 * @param postId           the post it belongs to
 * @param channelId        the configured channel account
 * @param state            where it stands
 * @param scheduledAt      when the office wants it out (UTC); null until scheduled
 * @param nextAttemptAt    when the dispatcher will next try it (after a retry or rate limit) or, when its outcome
 *                         is unknown, next look for it on the channel; null when not queued
 * @param attempts         how many publish calls were made (a rate-limited call is a wait, not an attempt)
 * @param rateLimitedWaits how many times the channel's rate limit made it wait
 * @param firstAttemptAt   when the first publish call with its idempotency key started; null before any
 * @param possiblySent     whether an attempt may have reached the channel without its answer arriving
 * @param reconcileChecks  how many times the channel was asked in vain whether an unknown outcome went out
 * @param lastError        the last failure, or null
 * @param receipt          where it was published, or null
 * @param idempotencyKey   the same for every attempt, so a channel that honours it never posts twice
 * @param version          optimistic-lock counter; every change increments it
 */
public record PublishTarget(long id, long postId, String channelId, TargetState state, Instant scheduledAt,
                            Instant nextAttemptAt, int attempts, int rateLimitedWaits, Instant firstAttemptAt,
                            boolean possiblySent, int reconcileChecks, ErrorDetail lastError, Receipt receipt,
                            String idempotencyKey, int version) {

    public PublishTarget withState(TargetState newState) {
        return new PublishTarget(id, postId, channelId, newState, scheduledAt, nextAttemptAt, attempts,
                rateLimitedWaits, firstAttemptAt, possiblySent, reconcileChecks, lastError, receipt,
                idempotencyKey, version);
    }

    /** Scheduled for {@code at}, to be tried first at that instant. */
    public PublishTarget withSchedule(Instant at) {
        return new PublishTarget(id, postId, channelId, state, at, at, attempts, rateLimitedWaits, firstAttemptAt,
                possiblySent, reconcileChecks, lastError, receipt, idempotencyKey, version);
    }

    /** When the dispatcher next tries it: to publish when SCHEDULED, to look on the channel when OUTCOME_UNKNOWN. */
    public PublishTarget withNextAttemptAt(Instant at) {
        return new PublishTarget(id, postId, channelId, state, scheduledAt, at, attempts, rateLimitedWaits,
                firstAttemptAt, possiblySent, reconcileChecks, lastError, receipt, idempotencyKey, version);
    }

    public PublishTarget withAttempts(int count) {
        return new PublishTarget(id, postId, channelId, state, scheduledAt, nextAttemptAt, count, rateLimitedWaits,
                firstAttemptAt, possiblySent, reconcileChecks, lastError, receipt, idempotencyKey, version);
    }

    public PublishTarget withRateLimitedWaits(int count) {
        return new PublishTarget(id, postId, channelId, state, scheduledAt, nextAttemptAt, attempts, count,
                firstAttemptAt, possiblySent, reconcileChecks, lastError, receipt, idempotencyKey, version);
    }

    /** Starting an attempt: the first one starts the key's clock. */
    public PublishTarget withAttemptStarted(Instant at) {
        return new PublishTarget(id, postId, channelId, state, scheduledAt, nextAttemptAt, attempts + 1,
                rateLimitedWaits, firstAttemptAt == null ? at : firstAttemptAt, possiblySent, reconcileChecks,
                lastError, receipt, idempotencyKey, version);
    }

    public PublishTarget withPossiblySent(boolean maybe) {
        return new PublishTarget(id, postId, channelId, state, scheduledAt, nextAttemptAt, attempts,
                rateLimitedWaits, firstAttemptAt, maybe, reconcileChecks, lastError, receipt, idempotencyKey,
                version);
    }

    public PublishTarget withReconcileChecks(int count) {
        return new PublishTarget(id, postId, channelId, state, scheduledAt, nextAttemptAt, attempts,
                rateLimitedWaits, firstAttemptAt, possiblySent, count, lastError, receipt, idempotencyKey, version);
    }

    /** A person decided to try again: the retry budget starts over, and so does the key's clock. */
    public PublishTarget withFreshBudget() {
        return new PublishTarget(id, postId, channelId, state, scheduledAt, nextAttemptAt, 0, 0, null, false, 0,
                lastError, receipt, idempotencyKey, version);
    }

    public PublishTarget withLastError(ErrorDetail error) {
        return new PublishTarget(id, postId, channelId, state, scheduledAt, nextAttemptAt, attempts,
                rateLimitedWaits, firstAttemptAt, possiblySent, reconcileChecks, error, receipt, idempotencyKey,
                version);
    }

    public PublishTarget withReceipt(Receipt published) {
        return new PublishTarget(id, postId, channelId, state, scheduledAt, nextAttemptAt, attempts,
                rateLimitedWaits, firstAttemptAt, possiblySent, reconcileChecks, lastError, published,
                idempotencyKey, version);
    }
}

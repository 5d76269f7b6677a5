package org.pressdesk.post;

import java.time.Instant;

/**
 * One channel account a post goes to, with its own lifecycle.
 *
 * @param id             database id
 * @param postId         the post it belongs to
 * @param channelId      the configured channel account
 * @param state          where it stands
 * @param scheduledAt    when the office wants it out (UTC); null until scheduled
 * @param nextAttemptAt  when the dispatcher will next try it (after a retry or rate limit); null when not queued
 * @param attempts       how many times publishing was started
 * @param lastError      the last failure, or null
 * @param receipt        where it was published, or null
 * @param idempotencyKey the same for every attempt, so a channel that honours it never posts twice
 * @param version        optimistic-lock counter; every change increments it
 */
public record PublishTarget(long id, long postId, String channelId, TargetState state, Instant scheduledAt,
                            Instant nextAttemptAt, int attempts, ErrorDetail lastError, Receipt receipt,
                            String idempotencyKey, int version) {

    public PublishTarget withState(TargetState newState) {
        return new PublishTarget(id, postId, channelId, newState, scheduledAt, nextAttemptAt, attempts, lastError,
                receipt, idempotencyKey, version);
    }

    /** Scheduled for {@code at}, to be tried first at that instant. */
    public PublishTarget withSchedule(Instant at) {
        return new PublishTarget(id, postId, channelId, state, at, at, attempts, lastError, receipt,
                idempotencyKey, version);
    }

    public PublishTarget withNextAttemptAt(Instant at) {
        return new PublishTarget(id, postId, channelId, state, scheduledAt, at, attempts, lastError, receipt,
                idempotencyKey, version);
    }

    public PublishTarget withAttempts(int count) {
        return new PublishTarget(id, postId, channelId, state, scheduledAt, nextAttemptAt, count, lastError, receipt,
                idempotencyKey, version);
    }

    public PublishTarget withLastError(ErrorDetail error) {
        return new PublishTarget(id, postId, channelId, state, scheduledAt, nextAttemptAt, attempts, error, receipt,
                idempotencyKey, version);
    }

    public PublishTarget withReceipt(Receipt published) {
        return new PublishTarget(id, postId, channelId, state, scheduledAt, nextAttemptAt, attempts, lastError,
                published, idempotencyKey, version);
    }
}

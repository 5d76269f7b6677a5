package org.pressdesk.connector;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a channel can do. Constant for a connector's lifetime: the dispatcher and the templates
 * read it once and rely on it.
 *
 * @param maxLength         the longest text one publication may have, counted by {@code lengthCounting}; 0 = unlimited
 * @param lengthCounting    how this channel counts length
 * @param threads           whether an over-long text may go out as a numbered chain of replies
 * @param media             whether images can be attached
 * @param idempotencyWindow how long after the first attempt {@link Connector#publish} still honours the same
 *                          idempotency key, so that a re-send after a lost response cannot publish twice;
 *                          {@link Duration#ZERO} when the channel has no such keys, {@link #KEY_KEPT_FOREVER}
 *                          when it never forgets one
 * @param audience          whether {@link Connector#audience()} reports followers
 */
public record Capabilities(int maxLength, LengthCounting lengthCounting, boolean threads, boolean media,
                           Duration idempotencyWindow, boolean audience) {

    /** The window of a channel that never forgets a key (the outbox's file names, the radio's item ids). */
    public static final Duration KEY_KEPT_FOREVER = ChronoUnit.FOREVER.getDuration();

    public Capabilities {
        Objects.requireNonNull(lengthCounting, "lengthCounting");
        Objects.requireNonNull(idempotencyWindow, "idempotencyWindow");
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must be >= 0");
        }
        if (idempotencyWindow.isNegative()) {
            throw new IllegalArgumentException("idempotencyWindow must not be negative");
        }
    }

    public boolean limitsLength() {
        return maxLength > 0;
    }

    /** Whether the channel honours idempotency keys at all. */
    public boolean idempotentPublish() {
        return !idempotencyWindow.isZero();
    }

    /**
     * Whether a re-send with the same key is still safe.
     *
     * @param sinceFirstAttempt how long ago the first attempt with this key started
     */
    public boolean honoursKeyAfter(Duration sinceFirstAttempt) {
        return idempotentPublish() && sinceFirstAttempt.compareTo(idempotencyWindow) < 0;
    }
}

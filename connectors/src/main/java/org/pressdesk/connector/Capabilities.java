package org.pressdesk.connector;

import java.util.Objects;

/**
 * What a channel can do.
 *
 * @param maxLength         the longest text one publication may have, counted by {@code lengthCounting}; 0 = unlimited
 * @param lengthCounting    how this channel counts length
 * @param threads           whether an over-long text may go out as a numbered chain of replies
 * @param media             whether images can be attached
 * @param idempotentPublish whether {@link Connector#publish} honours the idempotency key, so a re-send after a
 *                          lost response is safe; when false, a lost response leaves the target OUTCOME_UNKNOWN
 * @param audience          whether {@link Connector#audience()} reports followers
 */
public record Capabilities(int maxLength, LengthCounting lengthCounting, boolean threads, boolean media,
                           boolean idempotentPublish, boolean audience) {

    public Capabilities {
        Objects.requireNonNull(lengthCounting, "lengthCounting");
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must be >= 0");
        }
    }

    public boolean limitsLength() {
        return maxLength > 0;
    }
}

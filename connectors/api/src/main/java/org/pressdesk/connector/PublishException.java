package org.pressdesk.connector;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a publication did not succeed. The subtype tells the dispatcher what to do next, so
 * connectors must pick it carefully: a wrong {@link Transient} double-posts, a wrong
 * {@link Permanent} drops a post that a retry would have published.
 */
public abstract sealed class PublishException extends Exception {

    /** The category stored with a target's last error. */
    public enum Category { TRANSIENT, RATE_LIMITED, PERMANENT, OUTCOME_UNKNOWN }

    private PublishException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract Category category();

    /** The channel failed (5xx, timeout before sending, connection refused); retrying later may work. */
    public static final class Transient extends PublishException {
        public Transient(String message, Throwable cause) {
            super(message, cause);
        }

        public Transient(String message) {
            this(message, null);
        }

        @Override
        public Category category() {
            return Category.TRANSIENT;
        }
    }

    /** The channel refused because of its rate limit, and says when to come back. */
    public static final class RateLimited extends PublishException {
        private final Instant retryAt;

        public RateLimited(Instant retryAt, String message) {
            super(message, null);
            this.retryAt = Objects.requireNonNull(retryAt, "retryAt");
        }

        public Instant retryAt() {
            return retryAt;
        }

        @Override
        public Category category() {
            return Category.RATE_LIMITED;
        }
    }

    /** The content or the account cannot be published as it is; only a person can fix it. */
    public static final class Permanent extends PublishException {
        public Permanent(String message, Throwable cause) {
            super(message, cause);
        }

        public Permanent(String message) {
            this(message, null);
        }

        @Override
        public Category category() {
            return Category.PERMANENT;
        }
    }

    /** The request may have reached the channel, but no answer came back: it may or may not be published. */
    public static final class OutcomeUnknown extends PublishException {
        public OutcomeUnknown(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public Category category() {
            return Category.OUTCOME_UNKNOWN;
        }
    }
}

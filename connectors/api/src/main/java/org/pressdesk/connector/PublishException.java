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
    public enum Category { TRANSIENT, RATE_LIMITED, PERMANENT, OUTCOME_UNKNOWN, ACCOUNT_UNAVAILABLE }

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

    /**
     * The account cannot publish anything now, whatever the content: its quota is used up (X's monthly
     * usage cap, Weibo's calls per user per day) or its credentials expired or were revoked. Nothing was
     * published by this call. Retrying post after post would fail each the same way, so the scheduler
     * pauses the whole channel with this reason instead, until {@link #availableAt()} when the platform
     * says, or until a person resumes it.
     */
    public static final class AccountUnavailable extends PublishException {

        /** Why the account cannot publish. */
        public enum Why {
            /** A platform quota is used up; it resets at {@link #availableAt()} when the platform says when. */
            QUOTA_EXHAUSTED,
            /** The access token expired or was revoked; someone must renew it in the configuration. */
            CREDENTIALS_INVALID
        }

        private final Why why;
        private final Instant availableAt;

        /**
         * @param why         quota or credentials
         * @param availableAt when the account can publish again, as the platform says; null when unknown
         * @param message     the platform's reason, without secrets
         */
        public AccountUnavailable(Why why, Instant availableAt, String message) {
            super(message, null);
            this.why = Objects.requireNonNull(why, "why");
            this.availableAt = availableAt;
        }

        public Why why() {
            return why;
        }

        /** When the account can publish again; null when the platform does not say. */
        public Instant availableAt() {
            return availableAt;
        }

        @Override
        public Category category() {
            return Category.ACCOUNT_UNAVAILABLE;
        }
    }
}

package org.pressdesk.connector.http;

import org.pressdesk.connector.PublishException;

/** Small helpers for building {@link PublishException}s with messages staff can act on. */
public final class PublishFailures {

    private PublishFailures() {
    }

    /** The same kind of failure (and retry time), its message prefixed with where in a thread it happened. */
    public static PublishException prefixed(String prefix, PublishException failure) {
        String message = prefix + failure.getMessage();
        Throwable cause = failure.getCause();
        PublishException prefixed = switch (failure) {
            case PublishException.Transient t -> new PublishException.Transient(message, cause);
            case PublishException.RateLimited r -> new PublishException.RateLimited(r.retryAt(), message);
            case PublishException.Permanent p -> new PublishException.Permanent(message, cause);
            case PublishException.OutcomeUnknown u -> new PublishException.OutcomeUnknown(message, cause);
            case PublishException.AccountUnavailable a ->
                    new PublishException.AccountUnavailable(a.why(), a.availableAt(), message);
        };
        prefixed.setStackTrace(failure.getStackTrace());
        return prefixed;
    }

    /** A network failure while publishing: transient when nothing was sent, unknown outcome otherwise. */
    public static PublishException network(String channel, Exception failure, String unknownAdvice) {
        if (NetworkFailures.mayHaveReachedServer(failure)) {
            return new PublishException.OutcomeUnknown(channel + " did not answer after the request was sent ("
                    + NetworkFailures.describe(failure) + "); " + unknownAdvice, failure);
        }
        return new PublishException.Transient(channel + " could not be reached ("
                + NetworkFailures.describe(failure) + "); nothing was sent", failure);
    }

    /**
     * Whether an HTTP status answering a request that creates something leaves it open whether it was
     * created: 500, 502 and 504 can come after the server (or the one behind a gateway) has done the
     * work — X is known to create a post and still answer 504. 503 says the request was not taken.
     */
    public static boolean isAmbiguousServerError(int status) {
        return status == 500 || status == 502 || status == 504;
    }

    /**
     * The failure to report for an answer to a publishing request: {@code mapped} as it is, except
     * that a transient failure under an {@linkplain #isAmbiguousServerError ambiguous status} becomes
     * an unknown outcome, since retrying it blindly may publish twice.
     */
    public static PublishException afterSending(int status, PublishException mapped, String unknownAdvice) {
        if (mapped instanceof PublishException.Transient && isAmbiguousServerError(status)) {
            PublishException unknown = new PublishException.OutcomeUnknown(mapped.getMessage()
                    + " — the request was sent and may have been carried out; " + unknownAdvice, mapped.getCause());
            unknown.setStackTrace(mapped.getStackTrace());
            return unknown;
        }
        return mapped;
    }

    /** A network failure while reading (follower counts, limits): always transient, reading has no effect. */
    public static PublishException.Transient readFailure(String channel, Exception failure) {
        return new PublishException.Transient(channel + " could not be read (" + NetworkFailures.describe(failure)
                + ")", failure);
    }
}

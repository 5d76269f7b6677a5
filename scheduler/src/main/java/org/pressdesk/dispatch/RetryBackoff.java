package org.pressdesk.dispatch;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: {@code initial × 2^(attempt-1)}, capped at {@code max}, then
 * moved up or down by a random share so that targets failing together do not retry together.
 */
public record RetryBackoff(Duration initial, Duration max, double jitter) {

    public static RetryBackoff exponential(Duration initial, Duration max) {
        return new RetryBackoff(initial, max, 0);
    }

    public RetryBackoff withJitter(double share) {
        return new RetryBackoff(initial, max, share);
    }

    /**
     * The wait after a failed attempt.
     *
     * @param failedAttempt 1 after the first attempt failed
     * @param random        where the jitter comes from
     */
    public Duration delayAfter(int failedAttempt, RandomGenerator random) {
        int doublings = Math.min(Math.max(failedAttempt - 1, 0), 30);
        long base = Math.min(initial.toMillis() << doublings, max.toMillis());
        if (jitter == 0) {
            return Duration.ofMillis(base);
        }
        double factor = 1 + jitter * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.min(Math.round(base * factor), max.toMillis()));
    }
}

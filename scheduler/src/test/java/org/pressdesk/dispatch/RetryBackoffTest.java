package org.pressdesk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private final RetryBackoff backoff = RetryBackoff.exponential(Duration.ofSeconds(30), Duration.ofMinutes(30));

    @Test
    void doublesTheWaitAfterEachFailedAttemptUpToTheCap() {
        Random random = new Random(1);
        assertThat(backoff.delayAfter(1, random)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(2, random)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.delayAfter(3, random)).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.delayAfter(7, random)).isEqualTo(Duration.ofMinutes(30));
        assertThat(backoff.delayAfter(500, random)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void jitterSpreadsWaitsWithinTheShareAroundTheBase() {
        RetryBackoff jittered = backoff.withJitter(0.2);
        Random random = new Random(42);

        var delays = IntStream.range(0, 500).mapToObj(i -> jittered.delayAfter(2, random).toMillis()).toList();

        assertThat(delays).allSatisfy(delay -> assertThat(delay).isBetween(48_000L, 72_000L));
        assertThat(delays.stream().distinct().count()).isGreaterThan(100);
        assertThat(delays.stream().mapToLong(Long::longValue).average().orElseThrow()).isCloseTo(60_000, 
                org.assertj.core.data.Offset.offset(2_000.0));
    }

    @Test
    void jitterNeverPushesAWaitPastTheCap() {
        RetryBackoff jittered = backoff.withJitter(0.5);
        Random random = new Random(7);

        assertThat(IntStream.range(0, 200).mapToObj(i -> jittered.delayAfter(20, random)))
                .allSatisfy(delay -> assertThat(delay).isLessThanOrEqualTo(Duration.ofMinutes(30)));
    }
}

package org.pressdesk.metrics.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Percentiles as percentile_cont computes them, from exact lags and from stored day buckets alike. */
class LagHistogramTest {

    @Test
    void interpolatesBetweenNeighbouringValuesAsPercentileContDoes() {
        LagHistogram exact = new LagHistogram();
        for (long seconds : List.of(10L, 20L, 30L, 40L, 50L, 100L)) {
            exact.add(seconds * 1000, 1);
        }

        assertThat(exact.percentile(0.5)).isEqualTo(Duration.ofSeconds(35));
        assertThat(exact.percentile(0.95)).isEqualTo(Duration.ofMillis(87_500));
        assertThat(new LagHistogram().percentile(0.5)).isNull();
    }

    @Test
    void storedDaysMergeIntoTheSameFiguresToWithinTheirBuckets() {
        LagHistogram stored = new LagHistogram();
        stored.addStored(LagHistogram.encode(List.of(10_400L, 20_000L, 30_900L)));
        stored.addStored(LagHistogram.encode(List.of(40_000L, 50_000L, 100_000L, 7_000_000L, 90_000_000L)));

        assertThat(LagHistogram.encode(List.of(121_000L, 124_999L, 3_600_000L, 90_000_000L)))
                .isEqualTo("120:2;3600:1;90000:1");
        assertThat(stored.percentile(0.5)).isEqualTo(Duration.ofSeconds(45));
        assertThat(stored.percentile(1.0)).as("a lag over a day, in its hour").isEqualTo(Duration.ofHours(25));
        assertThat(stored.percentile(0.0)).isEqualTo(Duration.ofSeconds(10));
    }
}

package org.pressdesk.metrics.rollup;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Due-to-publish lags as counts per value, merged across days and turned into percentiles the way SQL's
 * {@code percentile_cont} computes them (linear interpolation between neighbouring values). Stored daily as
 * {@code seconds:count} pairs in buckets of 1 s up to 2 min, 5 s up to 10 min, 30 s up to an hour, 5 min up to a
 * day and an hour beyond, so a percentile from stored days is exact to within its bucket.
 */
public final class LagHistogram {

    private final TreeMap<Long, Long> countsByMillis = new TreeMap<>();
    private long total;

    /** Adds one exact lag. */
    public void add(long millis, long count) {
        countsByMillis.merge(millis, count, Long::sum);
        total += count;
    }

    /** Adds a day's stored buckets. */
    public void addStored(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split(";")) {
            int colon = pair.indexOf(':');
            add(Long.parseLong(pair, 0, colon, 10) * 1000, Long.parseLong(pair, colon + 1, pair.length(), 10));
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** The bucket a lag is stored in: its lower bound in seconds. */
    static long bucketSeconds(long millis) {
        long seconds = Math.max(0, millis) / 1000;
        if (seconds < 120) {
            return seconds;
        }
        long width = seconds < 600 ? 5 : seconds < 3600 ? 30 : seconds < 86_400 ? 300 : 3600;
        return seconds - seconds % width;
    }

    /** Encodes exact lags into the stored buckets. */
    public static String encode(Iterable<Long> lagsMillis) {
        TreeMap<Long, Long> buckets = new TreeMap<>();
        for (long lag : lagsMillis) {
            buckets.merge(bucketSeconds(lag), 1L, Long::sum);
        }
        StringBuilder encoded = new StringBuilder();
        for (Map.Entry<Long, Long> bucket : buckets.entrySet()) {
            if (!encoded.isEmpty()) {
                encoded.append(';');
            }
            encoded.append(bucket.getKey()).append(':').append(bucket.getValue());
        }
        return encoded.toString();
    }

    /**
     * The continuous percentile, as {@code percentile_cont(fraction)}.
     *
     * @param fraction 0–1
     * @return null when there are no lags
     */
    public Duration percentile(double fraction) {
        if (total == 0) {
            return null;
        }
        double rank = fraction * (total - 1);
        long lowerRank = (long) Math.floor(rank);
        long upperRank = (long) Math.ceil(rank);
        Long lower = null;
        Long upper = null;
        long seen = 0;
        for (Map.Entry<Long, Long> value : countsByMillis.entrySet()) {
            long next = seen + value.getValue();
            if (lower == null && lowerRank < next) {
                lower = value.getKey();
            }
            if (upperRank < next) {
                upper = value.getKey();
                break;
            }
            seen = next;
        }
        return Duration.ofMillis(Math.round(lower + (rank - lowerRank) * (upper - lower)));
    }
}

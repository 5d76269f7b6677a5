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

    /** Bucket slots below a day: 120 of 1 s, 96 of 5 s, 100 of 30 s, 276 of 5 min. */
    private static final int SLOTS = 592;

    // A year of stored days is merged into fixed slots (no map entry per day and bucket); exact lags of days read
    // raw, and lags over a day, go to the map.
    private final long[] stored = new long[SLOTS];
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
        int start = 0;
        int length = encoded.length();
        while (start < length) {
            int colon = encoded.indexOf(':', start);
            int end = encoded.indexOf(';', colon);
            if (end < 0) {
                end = length;
            }
            long seconds = Long.parseLong(encoded, start, colon, 10);
            long count = Long.parseLong(encoded, colon + 1, end, 10);
            int slot = slot(seconds);
            if (slot < 0) {
                countsByMillis.merge(seconds * 1000, count, Long::sum);
            } else {
                stored[slot] += count;
            }
            total += count;
            start = end + 1;
        }
    }

    /** The slot of a bucket's lower bound below a day; -1 for a day or more. */
    private static int slot(long seconds) {
        if (seconds < 120) {
            return (int) seconds;
        }
        if (seconds < 600) {
            return 120 + (int) ((seconds - 120) / 5);
        }
        if (seconds < 3600) {
            return 216 + (int) ((seconds - 600) / 30);
        }
        if (seconds < 86_400) {
            return 316 + (int) ((seconds - 3600) / 300);
        }
        return -1;
    }

    private static long slotSeconds(int slot) {
        if (slot < 120) {
            return slot;
        }
        if (slot < 216) {
            return 120 + (slot - 120) * 5L;
        }
        if (slot < 316) {
            return 600 + (slot - 216) * 30L;
        }
        return 3600 + (slot - 316) * 300L;
    }

    /** Every value with its count, in order: the slots' and the map's merged. */
    private TreeMap<Long, Long> values() {
        TreeMap<Long, Long> values = new TreeMap<>(countsByMillis);
        for (int slot = 0; slot < SLOTS; slot++) {
            if (stored[slot] != 0) {
                values.merge(slotSeconds(slot) * 1000, stored[slot], Long::sum);
            }
        }
        return values;
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
        for (Map.Entry<Long, Long> value : values().entrySet()) {
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

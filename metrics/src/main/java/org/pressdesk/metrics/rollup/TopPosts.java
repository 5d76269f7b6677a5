package org.pressdesk.metrics.rollup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A period's most engaged-with posts per channel, picked from candidates: each rolled-up day's own top posts and the
 * raw days' posts. Ranked by score (likes + reposts + replies), then by target id.
 */
public final class TopPosts {

    /** How many of a day's posts a rollup keeps: enough for any period's top list. */
    public static final int PER_DAY = 5;

    private final int wanted;
    private final Map<String, PriorityQueue<long[]>> byChannel = new HashMap<>();

    public TopPosts(int wanted) {
        this.wanted = wanted;
    }

    /** Adds one candidate post. */
    public void add(String channel, long target, long score) {
        // A min-heap of the best so far: the weakest leaves first when a better one arrives.
        PriorityQueue<long[]> best = byChannel.computeIfAbsent(channel, id -> new PriorityQueue<>(
                Comparator.<long[]>comparingLong(candidate -> candidate[1]).thenComparing(
                        candidate -> -candidate[0])));
        best.add(new long[] {target, score});
        if (best.size() > wanted) {
            best.poll();
        }
    }

    /** Adds a rolled-up day's {@code target:score} pairs. */
    public void addStored(String channel, String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split(";")) {
            int colon = pair.indexOf(':');
            add(channel, Long.parseLong(pair, 0, colon, 10), Long.parseLong(pair, colon + 1, pair.length(), 10));
        }
    }

    /** The channel's picks, best first, as target ids. */
    public List<Long> of(String channel) {
        PriorityQueue<long[]> best = byChannel.get(channel);
        if (best == null) {
            return List.of();
        }
        List<long[]> sorted = new ArrayList<>(best);
        sorted.sort(Comparator.<long[]>comparingLong(candidate -> -candidate[1])
                .thenComparingLong(candidate -> candidate[0]));
        return sorted.stream().map(candidate -> candidate[0]).toList();
    }

    /** Every picked target id, of every channel. */
    public List<Long> all() {
        List<Long> all = new ArrayList<>();
        byChannel.keySet().forEach(channel -> all.addAll(of(channel)));
        return all;
    }
}

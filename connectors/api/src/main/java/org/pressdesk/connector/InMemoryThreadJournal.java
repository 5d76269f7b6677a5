package org.pressdesk.connector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link ThreadJournal#inMemory()}: the least recently used threads are dropped beyond a bound. */
final class InMemoryThreadJournal implements ThreadJournal {

    private static final int MAX_THREADS = 1_000;

    private final Map<String, List<PublishedPart>> threads = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<PublishedPart>> eldest) {
            return size() > MAX_THREADS;
        }
    };

    @Override
    public synchronized List<PublishedPart> published(String channelId, String idempotencyKey) {
        return List.copyOf(threads.getOrDefault(key(channelId, idempotencyKey), List.of()));
    }

    @Override
    public synchronized void record(String channelId, String idempotencyKey, PublishedPart part) {
        List<PublishedPart> parts = threads.computeIfAbsent(key(channelId, idempotencyKey), k -> new ArrayList<>());
        if (part.index() == parts.size()) {
            parts.add(part);
        } else if (part.index() > parts.size()) {
            throw new IllegalArgumentException("part " + part.index() + " recorded before part " + parts.size());
        }
    }

    @Override
    public synchronized void forget(String channelId, String idempotencyKey) {
        threads.remove(key(channelId, idempotencyKey));
    }

    private static String key(String channelId, String idempotencyKey) {
        return channelId + '\u0000' + idempotencyKey;
    }
}

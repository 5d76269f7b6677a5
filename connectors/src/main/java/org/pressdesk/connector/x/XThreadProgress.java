package org.pressdesk.connector.x;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which parts of a thread X has already accepted, per idempotency key, so that a retry after a
 * failure half-way continues the reply chain instead of posting the first parts again (X has no
 * idempotency key of its own, and would refuse them as duplicates anyway).
 *
 * <p>Kept in memory: it covers retries by the same running instance, which is where transient
 * failures and rate limits are retried. Bounded, so abandoned threads cannot pile up.
 */
final class XThreadProgress {

    /** The parts published so far under one key. */
    record Published(List<String> texts, List<String> ids, Instant firstPublishedAt) {
        Published {
            texts = List.copyOf(texts);
            ids = List.copyOf(ids);
        }
    }

    private static final int MAX_REMEMBERED = 1_000;

    private final Map<String, Published> byKey = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Published> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };

    synchronized Optional<Published> find(String idempotencyKey) {
        return Optional.ofNullable(byKey.get(idempotencyKey));
    }

    synchronized void remember(String idempotencyKey, Published published) {
        byKey.put(idempotencyKey, published);
    }

    synchronized void forget(String idempotencyKey) {
        byKey.remove(idempotencyKey);
    }
}

package org.pressdesk.connector;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a connector remembers the parts of a thread that a channel has already accepted, so that a
 * retry after a failure half-way — on this node or another, before or after a restart — continues
 * the thread instead of posting its first parts again. Channels without idempotency keys (X) need
 * it, and so do those whose keys expire before a retry may come (Mastodon forgets them after an hour).
 *
 * <p>The application supplies a durable journal as a bean; without one, connectors fall back to
 * {@link #inMemory()}, which only covers retries by the same running instance. Implementations must
 * be thread-safe and should pass {@code ThreadJournalContractTest} from this module's test-jar.
 */
public interface ThreadJournal {

    /**
     * The parts of one thread already accepted by the channel.
     *
     * @param channelId      the channel account
     * @param idempotencyKey the target's key
     * @return the parts in thread order, from part 0 without gaps; empty when none went out
     */
    List<PublishedPart> published(String channelId, String idempotencyKey);

    /**
     * Remembers one more accepted part. Recording the same part again keeps the first record.
     *
     * @param channelId      the channel account
     * @param idempotencyKey the target's key
     * @param part           the part the channel accepted
     */
    void record(String channelId, String idempotencyKey, PublishedPart part);

    /**
     * Forgets a thread once it is complete.
     *
     * @param channelId      the channel account
     * @param idempotencyKey the target's key
     */
    void forget(String channelId, String idempotencyKey);

    /** A journal in this process's memory, bounded; for tests and for running without a database. */
    static ThreadJournal inMemory() {
        return new InMemoryThreadJournal();
    }

    /**
     * One accepted part.
     *
     * @param index       0 for the thread's first part
     * @param text        what was published, to tell a retry of the same thread from a changed one
     * @param remoteId    the channel's id for it
     * @param publishedAt when the channel accepted it
     */
    record PublishedPart(int index, String text, String remoteId, Instant publishedAt) {

        public PublishedPart {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(remoteId, "remoteId");
            Objects.requireNonNull(publishedAt, "publishedAt");
            if (index < 0) {
                throw new IllegalArgumentException("index must be >= 0");
            }
        }
    }
}

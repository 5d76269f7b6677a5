package org.pressdesk.dispatch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.post.ConcurrentTargetModificationException;
import org.pressdesk.post.Post;
import org.pressdesk.post.PostRepository;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.post.TargetLifecycle;
import org.pressdesk.post.TargetState;

/**
 * Records the publications that finish at about the same time in one transaction (a group commit): the
 * publication that finds no write under way writes every one waiting, up to {@link #MOST}, while those
 * finishing meanwhile wait for the next write. Alone, a publication is written at once, as before.
 *
 * <p>Each target keeps its own guarantees: its move is version-checked on its own, so one that changed
 * meanwhile (a late answer after its lease ran out and another node took it over) is left out of the batch
 * and its publication told so, exactly as a move of its own would have been; a batch the database refuses is
 * written again one target at a time, so one target's trouble stays its own.
 */
final class PublishedOutcomes {

    static final int MOST = 50;

    /** One finished publication waiting to be recorded. */
    private static final class Pending {
        final Post post;
        final PublishTarget publishing;
        final PublishReceipt receipt;
        final String reason;
        boolean done;
        PublishTarget stored;
        RuntimeException failure;

        Pending(Post post, PublishTarget publishing, PublishReceipt receipt, String reason) {
            this.post = post;
            this.publishing = publishing;
            this.receipt = receipt;
            this.reason = reason;
        }

        TargetLifecycle.Move move() {
            return new TargetLifecycle.Move(publishing, publishing.withState(TargetState.PUBLISHED)
                    .withReceipt(TargetOutcomes.receiptOf(receipt)).withLastError(null), reason, post);
        }
    }

    private final TargetLifecycle lifecycle;
    private final PostRepository posts;
    private final String actor;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private boolean writing;

    PublishedOutcomes(TargetLifecycle lifecycle, PostRepository posts, String actor) {
        this.lifecycle = lifecycle;
        this.posts = posts;
        this.actor = actor;
    }

    /**
     * Moves {@code publishing} to PUBLISHED with its receipt and parts, audited with {@code reason}, in a transaction
     * shared with other publications finishing now.
     *
     * @return the stored target
     * @throws ConcurrentTargetModificationException when the target changed since it was read
     */
    PublishTarget record(Post post, PublishTarget publishing, PublishReceipt receipt, String reason) {
        Pending mine = new Pending(post, publishing, receipt, reason);
        lock.lock();
        try {
            waiting.add(mine);
            while (true) {
                if (mine.done) {
                    return outcome(mine);
                }
                if (!writing) {
                    writing = true;
                    List<Pending> batch = new ArrayList<>();
                    while (!waiting.isEmpty() && batch.size() < MOST) {
                        batch.add(waiting.poll());
                    }
                    lock.unlock();
                    try {
                        write(batch);
                    } finally {
                        lock.lock();
                        writing = false;
                        written.signalAll();
                    }
                } else {
                    written.awaitUninterruptibly();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private static PublishTarget outcome(Pending pending) {
        if (pending.failure != null) {
            throw pending.failure;
        }
        if (pending.stored == null) {
            throw new ConcurrentTargetModificationException(pending.publishing.id());
        }
        return pending.stored;
    }

    /** Writes a batch; marks each done (stored, changed meanwhile, or failed) whatever happens. */
    private void write(List<Pending> batch) {
        try {
            try {
                writeTogether(batch);
            } catch (RuntimeException refused) {
                if (batch.size() == 1) {
                    batch.getFirst().failure = refused;
                } else {
                    for (Pending pending : batch) {
                        try {
                            writeTogether(List.of(pending));
                        } catch (RuntimeException e) {
                            pending.failure = e;
                        }
                    }
                }
            }
        } catch (Error e) {
            batch.forEach(pending -> pending.failure = new IllegalStateException(e));
            throw e;
        } finally {
            batch.forEach(pending -> pending.done = true);
        }
    }

    private void writeTogether(List<Pending> batch) {
        Map<Long, List<String>> parts = new LinkedHashMap<>();
        batch.forEach(pending -> parts.put(pending.publishing.id(), pending.receipt.partIds()));
        List<PublishTarget> stored = lifecycle.moveAll(batch.stream().map(Pending::move).toList(), actor,
                published -> {
                    Map<Long, List<String>> theirs = new LinkedHashMap<>();
                    published.forEach(target -> theirs.put(target.id(), parts.get(target.id())));
                    posts.recordPublishedParts(theirs);
                });
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).stored = stored.get(i);
        }
    }
}

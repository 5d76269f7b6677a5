package org.pressdesk.post;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Optional;
import org.pressdesk.queue.PublishQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the queue in step with a stored target: a SCHEDULED or WITHDRAWING target is queued at its next
 * attempt, a PUBLISHING one keeps its lease, an OUTCOME_UNKNOWN one is queued at the dispatcher's next look
 * for it (if one is planned), anything else leaves the queue.
 *
 * <p>A queue in the database is written in the caller's transaction. A queue elsewhere (Redis) cannot join
 * it, so it is written once the transaction has committed: a rolled-back move never reaches the queue. A
 * write lost to a crash or an unreachable queue after the commit is put right by the repair sweep
 * ({@code QueueRepair}), so the failure is logged, not thrown at a caller whose change is already stored.
 */
public final class QueueWrites {

    private static final Logger log = LoggerFactory.getLogger(QueueWrites.class);

    private final PublishQueue queue;

    public QueueWrites(PublishQueue queue) {
        this.queue = queue;
    }

    /** What the dispatcher does with a target in {@code state} when it is queued, if anything. */
    public static Optional<PublishQueue.Purpose> purposeOf(TargetState state) {
        return switch (state) {
            case SCHEDULED -> Optional.of(PublishQueue.Purpose.PUBLISH);
            case WITHDRAWING -> Optional.of(PublishQueue.Purpose.WITHDRAW);
            case OUTCOME_UNKNOWN -> Optional.of(PublishQueue.Purpose.LOOK_FOR);
            default -> Optional.empty();
        };
    }

    /** Queues or unqueues {@code stored} as its state says; now, or after the current transaction commits. */
    void follow(PublishTarget stored) {
        if (stored.state() == TargetState.PUBLISHING) {
            return;
        }
        writeAfterCommit(write(stored), () -> "Target " + stored.id() + " is " + stored.state());
    }

    /** {@link #follow} for several stored targets: the removals of a queue in the database in one statement. */
    void followAll(List<PublishTarget> stored) {
        List<Long> removed = new ArrayList<>();
        for (PublishTarget target : stored) {
            if (target.state() != TargetState.PUBLISHING && purposeOf(target.state()).isEmpty()) {
                removed.add(target.id());
            } else {
                follow(target);
            }
        }
        if (removed.isEmpty()) {
            return;
        }
        writeAfterCommit(() -> queue.removeAll(removed), () -> "Targets " + removed + " are settled");
    }

    /**
     * Runs a queue write now when the queue is in the database (it joins the transaction) or no transaction is
     * open; else after the commit, when a failure is only logged: the repair sweep puts the queue right.
     */
    private void writeAfterCommit(Runnable write, Supplier<String> what) {
        if (queue.joinsDatabaseTransaction() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            write.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    write.run();
                } catch (RuntimeException e) {
                    log.warn("{} but the queue could not be told; the repair sweep will put it right: {}", what.get(),
                            e.toString());
                }
            }
        });
    }

    private Runnable write(PublishTarget stored) {
        Optional<PublishQueue.Purpose> purpose = purposeOf(stored.state());
        if (purpose.isPresent() && stored.nextAttemptAt() != null) {
            return () -> queue.schedule(stored.id(), stored.channelId(), purpose.get(), stored.nextAttemptAt());
        }
        return () -> queue.remove(stored.id());
    }
}

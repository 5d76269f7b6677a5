package org.pressdesk.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.pressdesk.queue.PublishQueue;

/**
 * Claims due targets and publishes each on its own virtual thread without waiting for the others:
 * a slot is free for the next claim as soon as any publication finishes, so a slow channel holds up
 * only its own targets. A node runs at most {@code max-in-flight} publications at once, and
 * {@link TargetPublisher} keeps each channel to {@code max-in-flight-per-channel} of them.
 *
 * <p>Once {@link #stop stopped} it claims nothing more, and waits for the publications in flight to
 * record their outcomes.
 */
public class Dispatcher implements AutoCloseable {

    private final PublishQueue queue;
    private final TargetPublisher publisher;
    private final DispatchProperties properties;
    private final Clock clock;
    private final String nodeId;
    private final PauseBoard pauses;
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("pressdesk-dispatch-", 0).factory());
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition slotFreed = lock.newCondition();
    private int inFlight;
    private boolean stopped;
    private PublishQueue.Paused lastPaused = PublishQueue.Paused.NOTHING;

    public Dispatcher(PublishQueue queue, TargetPublisher publisher, DispatchProperties properties, Clock clock,
                      String nodeId) {
        this(queue, publisher, properties, clock, nodeId, PauseBoard.NEVER_PAUSED);
    }

    /**
     * A dispatcher that asks {@code pauses} before every claim, so no scheduled target of a paused
     * channel is claimed from the next poll on.
     */
    public Dispatcher(PublishQueue queue, TargetPublisher publisher, DispatchProperties properties, Clock clock,
                      String nodeId, PauseBoard pauses) {
        this.pauses = pauses;
        this.queue = queue;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
        this.nodeId = nodeId;
    }

    /**
     * Claims as many due targets as there are free slots (at most {@code batch-size}) and starts
     * publishing each; returns without waiting for them.
     *
     * @return how many targets were claimed
     */
    public int startDue() {
        return start().size();
    }

    /**
     * Claims like {@link #startDue()}, then waits until every target claimed is settled: one
     * synchronous round, for tests and tools. The dispatch loop uses {@link #startDue()}.
     *
     * @return how many targets were claimed
     */
    public int dispatchDue() {
        List<Future<?>> round = start();
        for (Future<?> publication : round) {
            try {
                publication.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("TargetPublisher threw, which it never should", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return round.size();
    }

    private List<Future<?>> start() {
        List<PublishQueue.Claim> claims;
        PublishQueue.Paused paused;
        lock.lock();
        try {
            int free = properties.maxInFlight() - inFlight;
            if (stopped || free <= 0) {
                return List.of();
            }
            Instant now = clock.instant();
            paused = pauses.beforeClaim(now);
            lastPaused = paused;
            claims = queue.claimDue(now, Math.min(free, properties.batchSize()), nodeId, properties.lease(), paused);
            // Counted now, so that a stop waits for them while the batch is prepared outside the lock.
            inFlight += claims.size();
        } finally {
            lock.unlock();
        }
        if (claims.isEmpty()) {
            return List.of();
        }
        List<Runnable> tasks;
        try {
            tasks = publisher.prepare(claims, paused);
        } catch (RuntimeException e) {
            tasks = claims.stream().<Runnable>map(claim -> () -> publisher.publish(claim, paused)).toList();
        }
        List<Future<?>> started = new ArrayList<>(tasks.size());
        for (Runnable task : tasks) {
            try {
                started.add(workers.submit(() -> runAndFreeTheSlot(task)));
            } catch (RejectedExecutionException closed) {
                // Closed meanwhile: the claim's lease will run out and another node recovers it.
                break;
            }
        }
        freeSlots(claims.size() - started.size());
        return started;
    }

    /** Frees the slots of claims that needed no task (changed meanwhile). */
    private void freeSlots(int slots) {
        if (slots <= 0) {
            return;
        }
        lock.lock();
        try {
            inFlight -= slots;
            slotFreed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void runAndFreeTheSlot(Runnable task) {
        try {
            task.run();
        } finally {
            lock.lock();
            try {
                inFlight--;
                slotFreed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * How long the dispatch loop may wait before claiming again, after a claim that took nothing: until the
     * queue's next entry falls due (or a lease runs out), at most {@code longest}; {@code longest} too when every
     * slot is taken (a finishing publication wakes the loop) or the queue cannot tell. Zero when something is due
     * already (another node's claim held it a moment).
     *
     * @param longest the poll interval
     */
    Duration untilNextDue(Duration longest) {
        PublishQueue.Paused paused;
        lock.lock();
        try {
            if (stopped || inFlight >= properties.maxInFlight()) {
                return longest;
            }
            paused = lastPaused;
        } finally {
            lock.unlock();
        }
        Instant now = clock.instant();
        return queue.nextDueAt(paused)
                .map(next -> Duration.between(now, next))
                .map(wait -> wait.isNegative() ? Duration.ZERO : wait.compareTo(longest) > 0 ? longest : wait)
                .orElse(longest);
    }

    /**
     * Waits until a publication finishes, the dispatcher stops or {@code timeout} passes, whichever is first.
     *
     * @param timeout the longest wait
     */
    void awaitFreeSlot(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            if (!stopped) {
                slotFreed.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Claims nothing more from now on, then waits up to {@code grace} for the publications in
     * flight to record their outcomes. A claim being made when this is called completes first, and
     * its publications are waited for too.
     *
     * @param grace the longest wait
     * @return how many publications are still in flight when the wait ends
     */
    public int stop(Duration grace) {
        lock.lock();
        try {
            stopped = true;
            slotFreed.signalAll();
            long left = grace.toNanos();
            while (inFlight > 0 && left > 0) {
                left = slotFreed.awaitNanos(left);
            }
            return inFlight;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return inFlight;
        } finally {
            lock.unlock();
        }
    }

    public boolean isStopped() {
        lock.lock();
        try {
            return stopped;
        } finally {
            lock.unlock();
        }
    }

    /** Stops claiming and interrupts what is still in flight, whose leases will expire for another node to recover. */
    @Override
    public void close() {
        stop(Duration.ZERO);
        workers.shutdownNow();
    }

    public String nodeId() {
        return nodeId;
    }
}

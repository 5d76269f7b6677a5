package org.pressdesk.dispatch;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps the dispatcher claiming on one background thread while the application runs: again at once
 * while targets are due and slots are free, otherwise as soon as a slot frees up or the queue's next
 * entry falls due, and at the latest after the poll interval (which bounds how long a target
 * scheduled meanwhile by another node, or due earlier than the queue last said, may wait).
 *
 * <p>On stop (the context closing, e.g. on SIGTERM) it claims nothing more and waits for the
 * publications in flight to record their outcomes — each call is bounded by {@code publish-timeout},
 * and recording gets {@link #RECORDING_GRACE} more — before the context goes on. It stops in the
 * latest phase, before the web server and before any bean is destroyed, so the connection pool is
 * closed only after the outcomes are stored.
 */
class DispatchLoop implements SmartLifecycle {

    /** Time for a publication that ends at the publish timeout to write its outcome. */
    static final Duration RECORDING_GRACE = Duration.ofSeconds(5);

    /** The wait when the queue says something is due but the claim took nothing. */
    private static final Duration MOMENT = Duration.ofMillis(2);

    private static final Logger log = LoggerFactory.getLogger(DispatchLoop.class);

    private final Dispatcher dispatcher;
    private final DispatchProperties properties;
    private volatile boolean running;
    private Thread thread;

    DispatchLoop(Dispatcher dispatcher, DispatchProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().name("pressdesk-dispatch").daemon().start(this::run);
        log.info("Dispatcher {} polling every {}", dispatcher.nodeId(), properties.pollInterval());
    }

    private void run() {
        while (running) {
            try {
                if (dispatcher.startDue() == 0) {
                    Duration wait = dispatcher.untilNextDue(properties.pollInterval());
                    // Due already, yet none taken: another node's claim holds it for a moment.
                    dispatcher.awaitFreeSlot(wait.isZero() ? MOMENT : wait);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("Dispatch poll failed; trying again in {}", properties.pollInterval(), e);
                try {
                    Thread.sleep(properties.pollInterval());
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        running = false;
        log.info("Dispatcher {} stopping: claiming nothing more, waiting for publications in flight",
                dispatcher.nodeId());
        int unfinished = dispatcher.stop(properties.publishTimeout().plus(RECORDING_GRACE));
        try {
            thread.join(properties.pollInterval().plus(RECORDING_GRACE));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
        if (unfinished > 0) {
            log.warn("Dispatcher {} stopped with {} publications still in flight; their leases will run out and "
                    + "another node will recover them", dispatcher.nodeId(), unfinished);
        } else {
            log.info("Dispatcher {} stopped; every publication in flight recorded its outcome", dispatcher.nodeId());
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    /** The latest phase: stopped first, while the web server, the pool and every bean are still there. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}

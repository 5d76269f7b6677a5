package org.pressdesk.dispatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps the dispatcher claiming on one background thread while the application runs: again at once
 * while targets are due and slots are free, otherwise as soon as a slot frees up or the poll
 * interval has passed.
 */
class DispatchLoop implements SmartLifecycle {

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
                    dispatcher.awaitFreeSlot(properties.pollInterval());
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
        if (thread != null) {
            running = false;
            thread.interrupt();
            try {
                thread.join(properties.publishTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}

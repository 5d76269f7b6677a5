package org.pressdesk.dispatch;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs the dispatcher every poll interval on one background thread while the application runs. */
class DispatchLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DispatchLoop.class);

    private final Dispatcher dispatcher;
    private final DispatchProperties properties;
    private ScheduledExecutorService timer;

    DispatchLoop(Dispatcher dispatcher, DispatchProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("pressdesk-dispatch").daemon()
                .factory());
        timer.scheduleWithFixedDelay(this::poll, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        log.info("Dispatcher {} polling every {}", dispatcher.nodeId(), properties.pollInterval());
    }

    private void poll() {
        try {
            dispatcher.dispatchBacklog();
        } catch (RuntimeException e) {
            log.error("Dispatch poll failed; trying again in {}", properties.pollInterval(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdown();
            try {
                if (!timer.awaitTermination(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                    timer.shutdownNow();
                }
            } catch (InterruptedException e) {
                timer.shutdownNow();
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}

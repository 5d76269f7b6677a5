package org.pressdesk.queue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.pressdesk.dispatch.DispatchProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The queue's meters and, for a queue outside the database, its repair sweep; whichever backend was chosen. */
@Configuration(proxyBeanMethods = false)
class QueueConfiguration {

    private static final Logger log = LoggerFactory.getLogger(QueueConfiguration.class);

    @Bean
    MeterBinder queueMeters(PublishQueue queue, Clock clock) {
        return meters -> registerMeters(meters, queue, clock);
    }

    static void registerMeters(MeterRegistry meters, PublishQueue queue, Clock clock) {
        Gauge.builder("pressdesk.queue.depth", () -> queue.stats(clock.instant()).due())
                .description("Targets due now and not yet claimed").register(meters);
        Gauge.builder("pressdesk.queue.in-flight", () -> queue.stats(clock.instant()).inFlight())
                .description("Queue entries leased to a node: publications in flight, or leases not yet recovered")
                .register(meters);
        Gauge.builder("pressdesk.queue.lag", () -> queue.stats(clock.instant()).lag(clock.instant()).toMillis() / 1000.0)
                .description("How long the oldest due, unclaimed entry has waited").baseUnit("seconds").register(meters);
    }

    @Bean
    QueueRepairLoop queueRepairLoop(JdbcClient jdbc, PublishQueue queue, QueueProperties properties, Clock clock,
                                    DispatchProperties dispatch) {
        return new QueueRepairLoop(queue.joinsDatabaseTransaction() ? null
                : new QueueRepair(jdbc, queue, clock, dispatch.lease()), properties);
    }

    /** Runs the sweep every {@code repair-interval}, the first right at start-up (a queue may have lost everything). */
    static final class QueueRepairLoop implements SmartLifecycle {

        private final QueueRepair repair;
        private final QueueProperties properties;
        private ScheduledExecutorService timer;

        QueueRepairLoop(QueueRepair repair, QueueProperties properties) {
            this.repair = repair;
            this.properties = properties;
        }

        @Override
        public synchronized void start() {
            if (repair == null) {
                return;
            }
            timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("pressdesk-queue-repair")
                    .daemon().factory());
            timer.scheduleWithFixedDelay(this::sweep, 0, properties.repairInterval().toMillis(), TimeUnit.MILLISECONDS);
        }

        private void sweep() {
            try {
                QueueRepair.Result result = repair.repair();
                if (result.restored() > 0 || result.dropped() > 0) {
                    log.warn("Queue repaired: {} missing targets re-queued, {} entries of settled targets dropped",
                            result.restored(), result.dropped());
                }
            } catch (RuntimeException e) {
                log.warn("Queue repair failed; trying again in {}: {}", properties.repairInterval(), e.toString());
            }
        }

        @Override
        public synchronized void stop() {
            if (timer != null) {
                timer.shutdownNow();
                timer = null;
            }
        }

        @Override
        public synchronized boolean isRunning() {
            return timer != null;
        }
    }
}

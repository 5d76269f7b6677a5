package org.pressdesk.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pressdesk.system.OfficeTime;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code /actuator/health} component {@code publishing}: UP while paused too (the node works; the office
 * chose to stop), with what is paused in its details. The pauses are read within a quarter of the
 * database health timeout, one read at a time, so a hanging database never holds up the health answer or piles up reads;
 * the database's own component then says what is wrong.
 */
class PauseHealthIndicator implements HealthIndicator {

    private final PublishingControl control;
    private final OfficeTime time;
    private final Duration timeout;
    private CompletableFuture<List<Pause>> read;

    PauseHealthIndicator(PublishingControl control, OfficeTime time, Duration timeout) {
        this.control = control;
        this.time = time;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        List<Pause> pauses;
        try {
            pauses = currentRead().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return Health.unknown().withDetail("paused", "unknown: the pauses could not be read from the database")
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
        List<Map<String, Object>> paused = new ArrayList<>();
        for (Pause pause : pauses) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("scope", pause.scopeName());
            detail.put("cause", pause.cause().name());
            detail.put("reason", pause.reason());
            detail.put("pausedBy", pause.pausedBy());
            detail.put("pausedAt", time.show(pause.pausedAt()).toString());
            if (pause.resumeAt() != null) {
                detail.put("resumeAt", time.show(pause.resumeAt()).toString());
            }
            paused.add(detail);
        }
        return Health.up().withDetail("paused", paused).build();
    }

    private synchronized CompletableFuture<List<Pause>> currentRead() {
        if (read == null || read.isDone()) {
            CompletableFuture<List<Pause>> started = new CompletableFuture<>();
            Thread.ofVirtual().name("pause-health").start(() -> {
                try {
                    started.complete(control.pauses());
                } catch (RuntimeException e) {
                    started.completeExceptionally(e);
                }
            });
            read = started;
        }
        return read;
    }
}

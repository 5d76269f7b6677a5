package org.pressdesk.dailyrun;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.pressdesk.content.ContentKind;
import org.springframework.batch.core.BatchStatus;

/**
 * The daily run's meters, beside Spring Batch's own observations ({@code spring.batch.job},
 * {@code spring.batch.step}: durations and active runs): runs ended by status, posts created by kind,
 * parts skipped.
 */
class RunMetrics {

    private final MeterRegistry registry;

    RunMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void runEnded(BatchStatus status) {
        Counter.builder("pressdesk.daily-run.runs").description("Daily publishing runs ended, by Spring Batch status")
                .tag("status", status.name()).register(registry).increment();
    }

    void postCreated(ContentKind kind) {
        Counter.builder("pressdesk.daily-run.posts").description("Posts the daily publishing run created")
                .tag("kind", kind.name()).register(registry).increment();
    }

    void partSkipped() {
        Counter.builder("pressdesk.daily-run.skips").description("Transcript parts the daily publishing run skipped")
                .register(registry).increment();
    }
}

package org.pressdesk.dailyrun;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Runs whose node died (killed, lost power) stay STARTED in the job repository, and Spring Batch would
 * refuse to start their date again as "already running". A run says it is alive with every chunk it
 * commits (its step's last update); one silent for {@code pressdesk.daily-run.stale-after} is marked
 * FAILED here, so that starting its date again restarts it where it stopped.
 */
class StaleRuns {

    private static final Logger log = LoggerFactory.getLogger(StaleRuns.class);

    private final JobRepository repository;
    private final JobOperator operator;
    private final DailyRunProperties properties;
    /** Spring Batch stamps its rows with the JVM's own clock and zone, so staleness is judged by the same. */
    private final Clock batchClock = Clock.systemDefaultZone();

    StaleRuns(JobRepository repository, JobOperator operator, DailyRunProperties properties) {
        this.repository = repository;
        this.operator = operator;
        this.properties = properties;
    }

    /** Marks every dead run FAILED; returns the ids of those it marked. */
    List<Long> recover() {
        List<Long> recovered = new ArrayList<>();
        for (JobExecution execution : repository.findRunningJobExecutions(DailyRunJobConfiguration.JOB)) {
            if (isStale(execution)) {
                log.warn("Run {} ({}) has not committed anything since {}: its node is taken to be gone, and the run "
                        + "is marked FAILED so that its date can be started again", execution.getId(),
                        execution.getJobParameters().getString(DailyRunJobConfiguration.DATE), heartbeat(execution));
                operator.recover(execution);
                recovered.add(execution.getId());
            }
        }
        return recovered;
    }

    private boolean isStale(JobExecution execution) {
        LocalDateTime last = heartbeat(execution);
        Instant lastSeen = last.atZone(ZoneId.systemDefault()).toInstant();
        return lastSeen.plus(properties.staleAfter()).isBefore(batchClock.instant());
    }

    private static LocalDateTime heartbeat(JobExecution execution) {
        LocalDateTime last = latest(execution.getLastUpdated(), execution.getStartTime());
        last = latest(last, execution.getCreateTime());
        for (StepExecution step : execution.getStepExecutions()) {
            last = latest(last, step.getLastUpdated());
        }
        return last;
    }

    private static LocalDateTime latest(LocalDateTime one, LocalDateTime other) {
        if (one == null) {
            return other;
        }
        return other == null || one.isAfter(other) ? one : other;
    }
}

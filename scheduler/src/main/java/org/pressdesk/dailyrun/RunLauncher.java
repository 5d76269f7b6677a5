package org.pressdesk.dailyrun;

import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pressdesk.system.InvalidFieldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Starts the daily run for a date in the background, from the API and the cron (the command line
 * uses Boot's own runner and waits). One run per date at a time on any number of nodes: a start holds
 * the date's lock in the shared database ({@link DateLock}) until Spring Batch has stored the execution,
 * and Spring Batch's job repository refuses a second execution of a date that is running. A FAILED run
 * of the date is restarted where it stopped; a COMPLETED one is not run again.
 */
class RunLauncher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);
    /** How long a stopping node waits for its runs to finish the chunk they are writing. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Job job;
    private final JobRepository repository;
    private final StaleRuns staleRuns;
    private final DateLock dateLock;
    private final TaskExecutorJobOperator operator;
    /** The runs this node started and that may still be running. */
    private final Set<Long> started = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    RunLauncher(Job job, JobRepository repository, ObservationRegistry observations, StaleRuns staleRuns,
                DateLock dateLock) throws Exception {
        this.job = job;
        this.dateLock = dateLock;
        this.repository = repository;
        this.staleRuns = staleRuns;
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("daily-run-");
        executor.setVirtualThreads(true);
        operator = new TaskExecutorJobOperator();
        operator.setJobRepository(repository);
        MapJobRegistry registry = new MapJobRegistry();
        registry.register(job);
        operator.setJobRegistry(registry);
        operator.setTaskExecutor(executor);
        operator.setObservationRegistry(observations);
        operator.afterPropertiesSet();
    }

    static JobParameters parameters(LocalDate date) {
        return new JobParametersBuilder().addString(DailyRunJobConfiguration.DATE, date.toString()).toJobParameters();
    }

    /**
     * Starts (or restarts) the run of a date; it goes on in the background.
     *
     * @throws RunConflictException when the date's run is running or has completed
     */
    JobExecution start(LocalDate date) {
        return dateLock.holding(date, () -> startLocked(date));
    }

    private JobExecution startLocked(LocalDate date) {
        staleRuns.recover();
        JobParameters parameters = parameters(date);
        try {
            JobExecution execution = operator.start(job, parameters);
            started.add(execution.getId());
            return execution;
        } catch (JobExecutionAlreadyRunningException e) {
            JobExecution running = repository.getLastJobExecution(DailyRunJobConfiguration.JOB, parameters);
            throw new RunConflictException(RunConflictException.Reason.RUNNING, "the run for " + date
                    + " is already running"
                    + (running == null ? "" : " (run " + running.getId() + ")"));
        } catch (JobInstanceAlreadyCompleteException e) {
            JobExecution done = repository.getLastJobExecution(DailyRunJobConfiguration.JOB, parameters);
            throw new RunConflictException(RunConflictException.Reason.COMPLETED, "the run for " + date
                    + " has completed"
                    + (done == null ? "" : " (run " + done.getId() + ")")
                    + "; transcripts added since are imported by the next date's run");
        } catch (JobRestartException e) {
            throw new RunConflictException(RunConflictException.Reason.NOT_RESTARTABLE,
                    "the run for " + date + " cannot be restarted: " + e.getMessage());
        } catch (InvalidJobParametersException e) {
            throw new InvalidFieldException("date", e.getMessage());
        } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
            throw new RunConflictException(RunConflictException.Reason.STARTING_ELSEWHERE,
                    "the run for " + date + " is being started on another node");
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * On shutdown the runs this node started are asked to stop after the chunk they are writing; they end
     * STOPPED, and starting their date again continues them. One that does not stop in time is left to
     * be taken over as a dead node's run.
     */
    @Override
    public void stop() {
        running = false;
        List<JobExecution> stopping = new ArrayList<>();
        for (long id : started) {
            JobExecution execution = repository.getJobExecution(id);
            if (execution != null && execution.isRunning()) {
                try {
                    operator.stop(execution);
                    stopping.add(execution);
                } catch (JobExecutionNotRunningException e) {
                    // Ended meanwhile.
                }
            }
        }
        Instant deadline = Instant.now().plus(STOP_WAIT);
        for (JobExecution execution : stopping) {
            while (repository.getJobExecution(execution.getId()).isRunning() && Instant.now().isBefore(deadline)) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (repository.getJobExecution(execution.getId()).isRunning()) {
                log.warn("Run {} did not stop within {}; it will be taken over when its date is started again",
                        execution.getId(), STOP_WAIT);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the database pool closes (the web server stops first, then this). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }
}

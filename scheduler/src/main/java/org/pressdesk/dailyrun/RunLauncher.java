package org.pressdesk.dailyrun;

import io.micrometer.observation.ObservationRegistry;
import java.time.LocalDate;
import org.pressdesk.system.InvalidFieldException;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
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
class RunLauncher {

    private final Job job;
    private final JobRepository repository;
    private final StaleRuns staleRuns;
    private final DateLock dateLock;
    private final TaskExecutorJobOperator operator;

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
            return operator.start(job, parameters);
        } catch (JobExecutionAlreadyRunningException e) {
            JobExecution running = repository.getLastJobExecution(DailyRunJobConfiguration.JOB, parameters);
            throw new RunConflictException("the run for " + date + " is already running"
                    + (running == null ? "" : " (run " + running.getId() + ")"));
        } catch (JobInstanceAlreadyCompleteException e) {
            JobExecution done = repository.getLastJobExecution(DailyRunJobConfiguration.JOB, parameters);
            throw new RunConflictException("the run for " + date + " has completed"
                    + (done == null ? "" : " (run " + done.getId() + ")")
                    + "; transcripts added since are imported by the next date's run");
        } catch (JobRestartException e) {
            throw new RunConflictException("the run for " + date + " cannot be restarted: " + e.getMessage());
        } catch (InvalidJobParametersException e) {
            throw new InvalidFieldException("date", e.getMessage());
        } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
            throw new RunConflictException("the run for " + date + " is being started on another node");
        }
    }
}

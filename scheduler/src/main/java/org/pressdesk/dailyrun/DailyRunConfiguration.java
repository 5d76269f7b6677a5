package org.pressdesk.dailyrun;

import io.micrometer.observation.ObservationRegistry;
import javax.sql.DataSource;
import org.pressdesk.system.OfficeTime;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Starting the daily run (API, cron), seeing it, and taking over runs whose node died. */
@Configuration(proxyBeanMethods = false)
class DailyRunConfiguration {

    @Bean
    StaleRuns staleRuns(JobRepository repository, JobOperator operator, DailyRunProperties properties) {
        return new StaleRuns(repository, operator, properties);
    }

    @Bean
    RunLauncher runLauncher(Job dailyPublishingRun, JobRepository repository,
                            ObjectProvider<ObservationRegistry> observations, StaleRuns staleRuns,
                            DataSource dataSource) throws Exception {
        return new RunLauncher(dailyPublishingRun, repository,
                observations.getIfAvailable(() -> ObservationRegistry.NOOP), staleRuns, new DateLock(dataSource));
    }

    @Bean
    RunViews runViews(JobRepository repository, RunRecords records, OfficeTime time) {
        return new RunViews(repository, records, time);
    }

    @Bean
    DailyRunCron dailyRunCron(DailyRunProperties properties, RunLauncher launcher, OfficeTime time) {
        return new DailyRunCron(properties, launcher, time);
    }

    /**
     * Before Boot's job runner starts a run from the command line: a run of a node that died is marked
     * FAILED, so that the command restarts it instead of being refused as already running.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner recoverStaleRuns(StaleRuns staleRuns) {
        return arguments -> staleRuns.recover();
    }
}

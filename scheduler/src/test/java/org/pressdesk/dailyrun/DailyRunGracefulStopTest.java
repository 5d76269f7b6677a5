package org.pressdesk.dailyrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.PressdeskApplication;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A node stopped (as on SIGTERM) while its run imports: the run stops after the chunk it is writing and
 * ends STOPPED, not STARTED; started again, on a node that came back, it completes with no post twice.
 */
class DailyRunGracefulStopTest {

    @TempDir
    Path work;

    @Test
    void aRunStopsWithItsNodeAndCompletesWhenItsDateIsStartedAgain() throws Exception {
        String url = "jdbc:h2:mem:graceful-run-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        ConferenceTranscripts.write(work.resolve("inbox"), LocalDate.of(2011, 9, 5), 20, 15);
        long expected = 20 * 16;
        JdbcClient database = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        LocalDate date = LocalDate.of(2011, 12, 30);
        try {
            ConfigurableApplicationContext node = node(url);
            node.getBean(RunLauncher.class).start(date);
            await().atMost(Duration.ofMinutes(2)).until(() -> postCount(database) >= 10);

            node.close();

            assertThat(status(database)).containsExactly("STOPPED");
            assertThat(postCount(database)).isLessThan(expected);

            try (ConfigurableApplicationContext again = node(url)) {
                long id = again.getBean(RunLauncher.class).start(date).getId();
                JobRepository repository = again.getBean(JobRepository.class);
                await().atMost(Duration.ofMinutes(2)).until(() -> !repository.getJobExecution(id).isRunning());
                JobExecution restarted = repository.getJobExecution(id);
                assertThat(restarted.getStatus().name()).isEqualTo("COMPLETED");
            }
            assertThat(status(database)).containsExactly("STOPPED", "COMPLETED");
            assertThat(postCount(database)).isEqualTo(expected);
            assertThat(database.sql("SELECT COUNT(*) FROM daily_run_post").query(Long.class).single()).isEqualTo(expected);
        } finally {
            database.sql("SHUTDOWN").update();
        }
    }

    private ConfigurableApplicationContext node(String url) {
        return new SpringApplicationBuilder(PressdeskApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url,
                        "--spring.main.banner-mode=off",
                        "--pressdesk.dispatch.enabled=false",
                        "--pressdesk.daily-run.inbox=" + work.resolve("inbox"),
                        "--pressdesk.daily-run.chunk-size=1",
                        "--pressdesk.channels.weibo-sample.settings.folder=" + work.resolve("weibo"),
                        "--pressdesk.channels.x-sample.settings.folder=" + work.resolve("x"),
                        "--pressdesk.channels.radio-sample.settings.folder=" + work.resolve("radio"));
    }

    private static long postCount(JdbcClient database) {
        return database.sql("SELECT COUNT(*) FROM post").query(Long.class).single();
    }

    private static List<String> status(JdbcClient database) {
        return database.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID").query(String.class)
                .list();
    }
}

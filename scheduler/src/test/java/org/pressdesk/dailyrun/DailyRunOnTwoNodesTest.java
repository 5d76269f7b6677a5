package org.pressdesk.dailyrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.PressdeskApplication;
import org.pressdesk.support.StartedTogether;
import org.pressdesk.support.TestDatabase;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes sharing one PostgreSQL database start the same date at the same moment: one run starts,
 * the other node is refused (409), for every date tried.
 */
class DailyRunOnTwoNodesTest {

    @TempDir
    Path work;

    @Test
    void ofTwoNodesStartingTheSameDateAtOnceExactlyOneRuns() throws Exception {
        try (TestDatabase database = TestDatabase.postgres();
             ConfigurableApplicationContext one = node(database, "one");
             ConfigurableApplicationContext two = node(database, "two")) {
            List<RunLauncher> launchers = List.of(one.getBean(RunLauncher.class), two.getBean(RunLauncher.class));
            for (int day = 1; day <= 5; day++) {
                LocalDate date = LocalDate.of(2011, 12, day);
                AtomicInteger node = new AtomicInteger();

                List<Object> outcomes = StartedTogether.run(2, () -> {
                    RunLauncher launcher = launchers.get(node.getAndIncrement());
                    try {
                        return launcher.start(date);
                    } catch (RunConflictException e) {
                        return e;
                    }
                });

                assertThat(outcomes).filteredOn(JobExecution.class::isInstance).as(date.toString()).hasSize(1);
                assertThat(outcomes).filteredOn(RunConflictException.class::isInstance).as(date.toString()).hasSize(1);
                long started = outcomes.stream().filter(JobExecution.class::isInstance).map(JobExecution.class::cast)
                        .findFirst().orElseThrow().getId();
                await().atMost(Duration.ofSeconds(30)).until(() -> database.jdbc()
                        .sql("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = :id").param("id", started)
                        .query(String.class).single().equals("COMPLETED"));
            }
            assertThat(database.jdbc().sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").query(Long.class).single())
                    .isEqualTo(5);
        }
    }

    private ConfigurableApplicationContext node(TestDatabase database, String name) {
        return new SpringApplicationBuilder(PressdeskApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + ((HikariDataSource) database.dataSource()).getJdbcUrl(),
                        "--spring.datasource.username=" + TestDatabase.postgresUser(),
                        "--spring.main.banner-mode=off",
                        "--pressdesk.dispatch.enabled=false",
                        "--pressdesk.dispatch.node-id=" + name,
                        "--pressdesk.daily-run.inbox=" + work.resolve("inbox"),
                        "--pressdesk.channels.weibo-sample.settings.folder=" + work.resolve(name).resolve("weibo"),
                        "--pressdesk.channels.x-sample.settings.folder=" + work.resolve(name).resolve("x"),
                        "--pressdesk.channels.radio-sample.settings.folder=" + work.resolve(name).resolve("radio"));
    }
}

package org.pressdesk.dailyrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.PressdeskApplication;
import org.pressdesk.support.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The run from the command line the way Boot runs jobs, each in a JVM of its own on a PostgreSQL
 * schema: {@code --spring.batch.job.name=dailyPublishingRun date=…} exits 0 when the run COMPLETED and
 * non-zero otherwise; a run killed with SIGKILL part-way and started again completes with no post twice.
 */
class DailyRunCommandLineTest {

    private static final String DATE = "2011-12-30";

    @TempDir
    Path work;

    @Test
    void aCommandLineRunExitsZeroWhenItCompletedAndNonZeroWhenTheDateHadCompletedAlready() throws Exception {
        try (TestDatabase database = TestDatabase.postgres()) {
            Path inbox = work.resolve("inbox");
            Files.createDirectories(inbox);
            try (InputStream in = getClass().getResourceAsStream("/dailyrun/demo-inbox/2011-12-30-hong-lei.zh-Hant.txt")) {
                Files.copy(in, inbox.resolve("2011-12-30-hong-lei.zh-Hant.txt"));
            }

            Process first = run(database, "first");
            assertThat(first.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(first.exitValue()).as(this::logs).isZero();
            assertThat(postCount(database.jdbc())).isEqualTo(4);

            Process again = run(database, "again");
            assertThat(again.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(again.exitValue()).isNotZero();
            assertThat(postCount(database.jdbc())).isEqualTo(4);
        }
    }

    @Test
    void aRunKilledPartWayAndStartedAgainCompletesAndNoPostExistsTwice() throws Exception {
        try (TestDatabase database = TestDatabase.postgres()) {
            JdbcClient jdbc = database.jdbc();
            ConferenceTranscripts.write(work.resolve("inbox"), LocalDate.of(2011, 9, 5), 30, 15);
            long expected = 30 * (15 + 1);

            Process first = run(database, "killed");
            await().atMost(Duration.ofMinutes(3)).until(() -> !first.isAlive() || postCount(jdbc) >= 20);
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to mark the run
            first.waitFor(1, TimeUnit.MINUTES);
            long partial = postCount(jdbc);
            assertThat(partial).as("killed part-way").isBetween(20L, expected - 1);
            assertThat(status(jdbc)).containsExactly("STARTED");
            // The killed run counts as dead once it has been silent for stale-after (1 s here).
            await().atMost(Duration.ofSeconds(30)).until(() -> lastUpdate(jdbc).isBefore(LocalDateTime.now().minusSeconds(2)));

            Process second = run(database, "restarted");
            assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();

            assertThat(second.exitValue()).as(this::logs).isZero();
            assertThat(status(jdbc)).containsExactly("FAILED", "COMPLETED");
            assertThat(postCount(jdbc)).isEqualTo(expected);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM daily_run_post").query(Long.class).single()).isEqualTo(expected);
            assertThat(jdbc.sql("""
                    SELECT COUNT(*) FROM (SELECT source_conference_date, language, kind, source_question_number
                                          FROM post GROUP BY source_conference_date, language, kind, source_question_number
                                          HAVING COUNT(*) > 1) twice""").query(Long.class).single()).isZero();
            try (var done = Files.list(work.resolve("inbox").resolve("done"))) {
                assertThat(done.count()).isEqualTo(30);
            }
        }
    }

    private Process run(TestDatabase database, String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                PressdeskApplication.class.getName(),
                "--spring.batch.job.name=dailyPublishingRun", "date=" + DATE,
                "--spring.datasource.url=" + ((HikariDataSource) database.dataSource()).getJdbcUrl(),
                "--spring.datasource.username=" + TestDatabase.postgresUser(),
                "--spring.main.banner-mode=off",
                "--pressdesk.daily-run.inbox=" + work.resolve("inbox"),
                "--pressdesk.daily-run.chunk-size=1",
                "--pressdesk.daily-run.stale-after=1s"));
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile()).start();
    }

    private String logs() {
        try (var files = Files.list(work)) {
            StringBuilder all = new StringBuilder();
            for (Path log : files.filter(file -> file.toString().endsWith(".log")).toList()) {
                String text = Files.readString(log);
                all.append("--- ").append(log.getFileName()).append('\n')
                        .append(text.substring(Math.max(0, text.length() - 4000)));
            }
            return all.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static long postCount(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM post").query(Long.class).single();
    }

    private static List<String> status(JdbcClient jdbc) {
        return jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID").query(String.class).list();
    }

    private static LocalDateTime lastUpdate(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT MAX(t) FROM (SELECT LAST_UPDATED AS t FROM BATCH_STEP_EXECUTION
                                    UNION ALL SELECT LAST_UPDATED FROM BATCH_JOB_EXECUTION) updates""")
                .query(LocalDateTime.class).single();
    }
}

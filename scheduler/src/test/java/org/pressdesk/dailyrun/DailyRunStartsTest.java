package org.pressdesk.dailyrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.system.ApiTestSupport;
import org.pressdesk.system.OfficeTime;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cron that starts the run by itself (office zone), the demo inbox of the samples, and the run's meters.
 * The clock stands at Monday 2 March 2026, 10:00 at the office (Asia/Shanghai).
 */
class DailyRunStartsTest extends ApiTestSupport {

    @Autowired
    RunLauncher launcher;
    @Autowired
    OfficeTime time;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    MeterRegistry meters;
    @Autowired
    DailyRunProperties properties;

    @TempDir
    Path folder;

    @BeforeEach
    void noRunsYet() throws IOException {
        for (String table : List.of("daily_run_post", "daily_run_skip", "daily_run_start",
                "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
                "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        if (Files.exists(properties.inbox())) {
            try (var files = Files.walk(properties.inbox())) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(properties.inbox());
    }

    @Test
    void theCronFiresAtItsTimeInTheOfficesZone() {
        DailyRunCron cron = new DailyRunCron(withCron("0 30 17 * * MON-FRI"), launcher, time);

        // 17:30 in Shanghai is 09:30 UTC; Saturday and Sunday are skipped.
        assertThat(cron.nextStartAfter(T0)).contains(Instant.parse("2026-03-02T09:30:00Z"));
        assertThat(cron.nextStartAfter(Instant.parse("2026-03-06T10:00:00Z")))
                .contains(Instant.parse("2026-03-09T09:30:00Z"));
    }

    @Test
    void theCronIsOffByDefault() {
        DailyRunCron cron = new DailyRunCron(withCron("-"), launcher, time);

        assertThat(cron.nextStartAfter(T0)).isEmpty();
        cron.start();
        assertThat(cron.isRunning()).isFalse();
    }

    @Test
    void aCronThatIsNoCronExpressionStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> new DailyRunCron(withCron("every evening"), launcher, time))
                .hasMessageContaining("pressdesk.daily-run.cron 'every evening'");
    }

    @Test
    void whenTheCronFiresItStartsTheRunOfTheOfficesDate() {
        new DailyRunCron(withCron("0 30 17 * * MON-FRI"), launcher, time).startToday();

        JobExecution run = jobRepository.getLastJobExecution(DailyRunJobConfiguration.JOB,
                RunLauncher.parameters(java.time.LocalDate.of(2026, 3, 2)));
        assertThat(run).isNotNull();
        await().atMost(Duration.ofSeconds(30)).until(() -> !jobRepository.getJobExecution(run.getId()).isRunning());
    }

    @Test
    void aRunIsCountedByItsStatusAndItsPostsByKind() throws Exception {
        double runs = meters.counter("pressdesk.daily-run.runs", "status", "COMPLETED").count();
        double answers = meters.counter("pressdesk.daily-run.posts", "kind", "SPOKESPERSON_ANSWER").count();
        try (var in = getClass().getResourceAsStream("/dailyrun/demo-inbox/2011-12-30-hong-lei.zh-Hant.txt")) {
            Files.copy(in, properties.inbox().resolve("2011-12-30-hong-lei.zh-Hant.txt"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        long id = launcher.start(java.time.LocalDate.of(2011, 12, 30)).getId();
        await().atMost(Duration.ofSeconds(30)).until(() -> !jobRepository.getJobExecution(id).isRunning());

        assertThat(meters.counter("pressdesk.daily-run.runs", "status", "COMPLETED").count()).isEqualTo(runs + 1);
        assertThat(meters.counter("pressdesk.daily-run.posts", "kind", "SPOKESPERSON_ANSWER").count())
                .isEqualTo(answers + 3);
        assertThat(meters.find("spring.batch.job").timer()).as("Spring Batch's own job observation").isNotNull();
    }

    @Test
    void theDemoInboxFillsAnInboxThatDoesNotExistYetAndLeavesAnExistingOneAlone() throws Exception {
        Path fresh = folder.resolve("inbox");
        new DemoInbox(withInbox(fresh, true)).run(null);
        try (var files = Files.list(fresh)) {
            assertThat(files.map(file -> file.getFileName().toString())).hasSize(5)
                    .contains("2011-12-30-hong-lei.zh-Hant.txt", "2011-12-27-jiang-yu.zh-Hant.html",
                            "2011-12-26-hong-lei.en.json");
        }

        Path existing = Files.createDirectories(folder.resolve("office-inbox"));
        new DemoInbox(withInbox(existing, true)).run(null);
        try (var files = Files.list(existing)) {
            assertThat(files).isEmpty();
        }
    }

    private DailyRunProperties withCron(String cron) {
        return new DailyRunProperties(properties.inbox(), List.of(), properties.channels(), Set.of(), cron,
                LocalTime.of(16, 0), 50, Duration.ofMinutes(5), Duration.ofSeconds(30), false);
    }

    private static DailyRunProperties withInbox(Path inbox, boolean demo) {
        return new DailyRunProperties(inbox, List.of(), Map.of(), Set.of(), "-", LocalTime.of(16, 0), 50,
                Duration.ofMinutes(5), Duration.ofSeconds(30), demo);
    }
}

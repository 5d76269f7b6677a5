package org.pressdesk.dailyrun;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/** The API and page tests of the daily run: an empty inbox and no runs before each test, demo transcripts to drop in. */
abstract class DailyRunTestSupport extends ApiTestSupport {

    protected static final String HONG_LEI = "2011-12-30-hong-lei.zh-Hant.txt";

    @Autowired
    protected DailyRunProperties properties;
    @Autowired
    protected JobRepository jobRepository;

    @BeforeEach
    void emptyInboxAndNoRunsYet() throws IOException {
        for (String table : List.of("daily_run_post", "daily_run_skip", "daily_run_start", "BATCH_STEP_EXECUTION_CONTEXT",
                "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION", "BATCH_JOB_EXECUTION_PARAMS",
                "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        if (Files.exists(properties.inbox())) {
            try (Stream<Path> files = Files.walk(properties.inbox())) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(properties.inbox());
    }

    /** Puts a transcript of the demo inbox ({@code classpath:dailyrun/demo-inbox}) in the inbox. */
    protected void demo(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dailyrun/demo-inbox/" + name)) {
            Files.copy(in, properties.inbox().resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The date's run as another node would leave it while running: STARTED in the job repository. */
    protected JobExecution runningElsewhere(String date) {
        JobInstance instance = jobRepository.createJobInstance(DailyRunJobConfiguration.JOB,
                RunLauncher.parameters(LocalDate.parse(date)));
        JobExecution execution = jobRepository.createJobExecution(instance,
                RunLauncher.parameters(LocalDate.parse(date)), new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        jobRepository.update(execution);
        return execution;
    }
}

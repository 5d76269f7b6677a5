package org.pressdesk.dailyrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

class RunConflictFailureAnalyzerTest {

    /** Boot's registered analyzers; those that need an application context are left out here. */
    private final List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
            .load(FailureAnalyzer.class, null, SpringFactoriesLoader.FailureHandler.handleMessage((message, e) -> { }));

    @Test
    void aCommandLineRunOfACompletedDateSaysSoInsteadOfAStackTrace() {
        Throwable failure = new IllegalStateException("Failed to execute ApplicationRunner",
                new JobInstanceAlreadyCompleteException("A job instance already exists and is complete"));

        assertThat(analyzers).filteredOn(RunConflictFailureAnalyzer.class::isInstance).singleElement()
                .satisfies(analyzer -> assertThat(analyzer.analyze(failure).getDescription())
                        .contains("has completed already"));
    }

    @Test
    void aRunningDateSaysItRunsElsewhere() {
        Throwable failure = new IllegalStateException(new JobExecutionAlreadyRunningException("running"));

        assertThat(new RunConflictFailureAnalyzer().analyze(failure).getDescription()).contains("running on another node");
    }

    @Test
    void leavesOtherFailuresToBoot() {
        assertThat(new RunConflictFailureAnalyzer().analyze(new IllegalStateException("other"))).isNull();
    }
}

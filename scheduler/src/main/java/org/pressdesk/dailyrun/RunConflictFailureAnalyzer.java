package org.pressdesk.dailyrun;

import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * A command-line run of a date that has completed, or is running elsewhere, ends with two lines saying so
 * instead of Spring Batch's stack trace.
 */
class RunConflictFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JobInstanceAlreadyCompleteException) {
                return new FailureAnalysis("The daily run for this date has completed already; nothing was imported.",
                        "Transcripts of that date are imported already (a conference is imported once). To import "
                                + "new files, start the run for another date; see GET /api/runs.", cause);
            }
            if (cause instanceof JobExecutionAlreadyRunningException) {
                return new FailureAnalysis("The daily run for this date is running on another node.",
                        "Wait for it to end (GET /api/runs); a run whose node died is taken over once silent for "
                                + "pressdesk.daily-run.stale-after.", cause);
            }
        }
        return null;
    }
}

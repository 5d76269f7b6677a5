package org.pressdesk.dailyrun;

import org.pressdesk.post.ContentViolationException;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;

/** Records every part the run skipped, with its reason, for the run's summary. */
class SkipRecorder implements SkipListener<RunItem, RunPost> {

    private final RunRecords records;
    private final RunMetrics metrics;

    SkipRecorder(RunRecords records, RunMetrics metrics) {
        this.records = records;
        this.metrics = metrics;
    }

    @Override
    public void onSkipInProcess(RunItem item, Throwable t) {
        String excerpt = t instanceof UnusablePartException unusable ? unusable.excerpt() : null;
        record(item.transcript().source(), t.getMessage(), excerpt);
    }

    @Override
    public void onSkipInWrite(RunPost item, Throwable t) {
        String reason = t instanceof ContentViolationException refused
                ? RunPostWriter.describe(refused.violationsByChannel()) : t.getMessage();
        record(item.source(), item.key() + " (" + item.kind() + ") refused by every channel: " + reason, item.title());
    }

    @Override
    public void onSkipInRead(Throwable t) {
        record("(reader)", t.getMessage(), null);
    }

    private void record(String source, String reason, String excerpt) {
        long execution = StepSynchronizationManager.getContext().getStepExecution().getJobExecutionId();
        // Called inside the transaction of the item that failed, which is rolled back: recorded apart.
        records.recordSkipApart(execution, source, reason, excerpt);
        metrics.partSkipped();
    }
}

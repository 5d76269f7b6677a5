package org.pressdesk.dailyrun;

import java.util.List;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The run's last step: every file it imported moves to {@code done/}. */
class FileTranscripts implements Tasklet {

    private final TranscriptInbox inbox;

    FileTranscripts(TranscriptInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    @SuppressWarnings("unchecked")
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Object files = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .get(CollectTranscripts.FILES);
        for (String name : files == null ? List.<String>of() : (List<String>) files) {
            inbox.done(name);
        }
        return RepeatStatus.FINISHED;
    }
}

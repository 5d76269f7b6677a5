package org.pressdesk.dailyrun;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.content.ContentKind;
import org.pressdesk.dailyrun.transcript.Transcript;
import org.pressdesk.dailyrun.transcript.TranscriptReader;
import org.pressdesk.dailyrun.transcript.UnreadableTranscriptException;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The run's first step: checks the run's settings, fetches the day's transcript pages into the inbox,
 * and reads every waiting file once. A file that cannot be read at all (empty, binary, not UTF-8, no
 * date line) moves to {@code failed/} and fails the run before anything is written, naming every such
 * file; otherwise the files are noted in the run for the import step, which reads exactly those.
 */
class CollectTranscripts implements Tasklet {

    /** The job execution context key holding the files the import step reads. */
    static final String FILES = "transcripts";
    /** The job execution context key holding how many parts those files have, for the run's progress. */
    static final String PARTS = "parts";

    private final DailyRunProperties properties;
    private final ChannelRegistry channels;
    private final TranscriptInbox inbox;
    private final TranscriptPages pages;
    private final TranscriptReader reader;

    CollectTranscripts(DailyRunProperties properties, ChannelRegistry channels, TranscriptInbox inbox,
                       TranscriptPages pages, TranscriptReader reader) {
        this.properties = properties;
        this.channels = channels;
        this.inbox = inbox;
        this.pages = pages;
        this.reader = reader;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        checkChannels();
        LocalDate date = LocalDate.parse(chunkContext.getStepContext().getStepExecution().getJobParameters()
                .getString(DailyRunJobConfiguration.DATE));
        pages.fetch(date);
        List<String> files = inbox.waiting();
        List<String> refusals = new ArrayList<>();
        long parts = 0;
        for (String name : files) {
            try {
                Transcript transcript = reader.read(inbox.file(name));
                parts += 1 + transcript.answers().size() + transcript.unparsed().size();
            } catch (UnreadableTranscriptException e) {
                refusals.add(e.getMessage());
                inbox.failed(name);
            }
        }
        if (!refusals.isEmpty()) {
            throw new RunRefusedException("nothing was imported: " + String.join("; ", refusals)
                    + " (moved to " + properties.failed() + "; start the run again to import the other files)");
        }
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .put(FILES, new ArrayList<>(files));
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext().putLong(PARTS, parts);
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }

    private void checkChannels() {
        List<String> problems = new ArrayList<>();
        for (ContentKind kind : List.of(ContentKind.BRIEFING_SUMMARY, ContentKind.SPOKESPERSON_ANSWER)) {
            List<String> configured = properties.channelsFor(kind);
            if (configured.isEmpty()) {
                problems.add("pressdesk.daily-run.channels." + kind + " names no channel");
            }
            for (String channel : configured) {
                if (channels.idOf(channel).isEmpty()) {
                    problems.add("pressdesk.daily-run.channels." + kind + " names '" + channel
                            + "', which is not a configured channel (" + String.join(", ", channels.ids()) + ")");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RunRefusedException(String.join("; ", problems));
        }
    }
}

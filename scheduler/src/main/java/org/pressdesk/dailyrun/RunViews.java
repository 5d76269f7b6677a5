package org.pressdesk.dailyrun;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.pressdesk.system.OfficeTime;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;

/** Runs as the API shows them: Spring Batch's status and counts, times in the office's zone. */
class RunViews {

    private static final String IMPORT_STEP = "importTranscripts";

    private final JobRepository repository;
    private final RunRecords records;
    private final OfficeTime time;

    RunViews(JobRepository repository, RunRecords records, OfficeTime time) {
        this.repository = repository;
        this.records = records;
        this.time = time;
    }

    /**
     * One run (a job execution).
     *
     * @throws RunNotFoundException when there is none with this id, or it is not a daily run
     */
    RunView get(long id) {
        JobExecution execution;
        try {
            execution = repository.getJobExecution(id);
        } catch (EmptyResultDataAccessException e) {
            throw new RunNotFoundException(id);
        }
        if (execution == null || !DailyRunJobConfiguration.JOB.equals(execution.getJobInstance().getJobName())) {
            throw new RunNotFoundException(id);
        }
        List<Long> ofDate = repository.getJobExecutions(execution.getJobInstance()).stream()
                .map(JobExecution::getId).toList();
        return view(execution, records.postsOf(ofDate), records.skipsOf(ofDate));
    }

    /** The latest runs, newest first: each date's last execution. */
    List<RunView> latest(int count) {
        return repository.getJobInstances(DailyRunJobConfiguration.JOB, 0, count).stream()
                .map(JobInstance::getId)
                .map(instance -> repository.getLastJobExecution(repository.getJobInstance(instance)))
                .filter(java.util.Objects::nonNull)
                .map(execution -> view(execution, null, null))
                .toList();
    }

    private RunView view(JobExecution execution, List<RunRecords.CreatedPost> posts, List<RunRecords.Skip> skips) {
        StepExecution importing = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals(IMPORT_STEP)).findFirst().orElse(null);
        long read = importing == null ? 0 : importing.getReadCount();
        long written = importing == null ? 0 : importing.getWriteCount();
        long skipped = importing == null ? 0 : importing.getSkipCount();
        String failure = execution.getAllFailureExceptions().stream().map(Throwable::getMessage)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        String exitDescription = execution.getExitStatus().getExitDescription();
        return new RunView(execution.getId(), DailyRunJobConfiguration.JOB,
                execution.getJobParameters().getString(DailyRunJobConfiguration.DATE),
                execution.getStatus().name(), execution.getExitStatus().getExitCode(),
                failure != null ? failure : exitDescription == null || exitDescription.isBlank() ? null
                        : firstLine(exitDescription),
                office(execution.getStartTime()), office(execution.getEndTime()),
                new RunView.Counts(read, written, skipped,
                        skips == null ? null : skips.stream().filter(RunRecords.Skip::channelLeftOut).count(),
                        parts(execution)),
                progress(execution, importing),
                skipViews(skips, false), skipViews(skips, true),
                posts == null ? null : posts.stream().map(post -> new RunView.PostRef(post.id(), post.kind(),
                        post.conferenceDate(), post.language(), post.item(), "/api/posts/" + post.id())).toList());
    }

    private static List<RunView.SkipView> skipViews(List<RunRecords.Skip> skips, boolean channelsLeftOut) {
        return skips == null ? null : skips.stream().filter(skip -> skip.channelLeftOut() == channelsLeftOut)
                .map(skip -> new RunView.SkipView(skip.source(), skip.reason(), skip.excerpt())).toList();
    }

    private static Long parts(JobExecution execution) {
        long parts = execution.getExecutionContext().getLong(CollectTranscripts.PARTS, -1);
        return parts < 0 ? null : parts;
    }

    /** Percent of the collected parts read so far, across restarts; 100 once the run completed. */
    private static Integer progress(JobExecution execution, StepExecution importing) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return 100;
        }
        long parts = execution.getExecutionContext().getLong(CollectTranscripts.PARTS, -1);
        if (parts < 0 || importing == null) {
            return 0;
        }
        if (parts == 0) {
            return 100;
        }
        long done = importing.getExecutionContext().getLong("transcripts.read.count", importing.getReadCount());
        return (int) Math.min(99, done * 100 / parts);
    }

    private OffsetDateTime office(LocalDateTime batchTime) {
        return batchTime == null ? null : time.show(batchTime.atZone(ZoneId.systemDefault()).toInstant());
    }

    /** The message of the exception that ended the run, without its class name and stack trace. */
    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse(text);
        return line.replaceFirst("^[\\w.$]+(?:Exception|Error): ", "");
    }
}

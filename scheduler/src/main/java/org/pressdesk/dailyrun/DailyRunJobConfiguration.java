package org.pressdesk.dailyrun;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.dailyrun.transcript.TranscriptReader;
import org.pressdesk.post.ContentViolationException;
import org.pressdesk.post.PostWorkflow;
import org.pressdesk.slot.SlotPlanner;
import org.pressdesk.slot.SlotsProperties;
import org.pressdesk.slot.TakenSlots;
import org.pressdesk.system.OfficeTime;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The automated daily publishing run, job {@value #JOB}, with one identifying parameter {@value #DATE}
 * (the office's date, yyyy-MM-dd). Three steps: collect the transcripts (fetch the day's pages into
 * the inbox, refuse the run when any file cannot be read), import them in chunks (a post per answer and
 * one per conference; unreadable parts skipped with their reason), file them in {@code done/}.
 */
@Configuration(proxyBeanMethods = false)
class DailyRunJobConfiguration {

    static final String JOB = "dailyPublishingRun";
    static final String DATE = "date";

    @Bean
    TranscriptReader transcriptReader() {
        return new TranscriptReader();
    }

    @Bean
    TranscriptInbox transcriptInbox(DailyRunProperties properties) {
        return new TranscriptInbox(properties);
    }

    @Bean
    RunMetrics dailyRunMetrics(MeterRegistry registry) {
        return new RunMetrics(registry);
    }

    @Bean
    Job dailyPublishingRun(JobRepository jobRepository, Step collectTranscripts, Step importTranscripts,
                           Step fileTranscripts, RunMetrics metrics) {
        return new JobBuilder(JOB, jobRepository)
                .validator(new DateParameter())
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        metrics.runEnded(execution.getStatus());
                    }
                })
                .start(collectTranscripts)
                .next(importTranscripts)
                .next(fileTranscripts)
                .build();
    }

    @Bean
    Step collectTranscripts(JobRepository jobRepository, PlatformTransactionManager transactions,
                            DailyRunProperties properties, ChannelRegistry channels, TranscriptInbox inbox,
                            TranscriptReader reader) {
        return new StepBuilder("collectTranscripts", jobRepository)
                .tasklet(new CollectTranscripts(properties, channels, inbox, new TranscriptPages(properties, inbox),
                        reader), transactions)
                .build();
    }

    @Bean
    Step importTranscripts(JobRepository jobRepository, PlatformTransactionManager transactions,
                           DailyRunProperties properties, TranscriptItems transcriptItems, PostWorkflow workflow,
                           RunRecords records, SlotPlanner planner, SlotsProperties slots, TakenSlots taken,
                           ChannelRegistry channels, OfficeTime time, RunMetrics metrics) {
        return new StepBuilder("importTranscripts", jobRepository)
                .<RunItem, RunPost>chunk(properties.chunkSize())
                .transactionManager(transactions)
                .reader(transcriptItems)
                .processor(new TranscriptPosts())
                .writer(new RunPostWriter(properties, workflow, records, planner, slots, taken, channels, time, metrics))
                .faultTolerant()
                .skip(UnusablePartException.class, ContentViolationException.class)
                .skipLimit(Long.MAX_VALUE)
                .skipListener(new SkipRecorder(records, metrics))
                .build();
    }

    /** A reader per step execution: two dates may run at once on one node. */
    @Bean
    @StepScope
    TranscriptItems transcriptItems(TranscriptInbox inbox, TranscriptReader reader) {
        return new TranscriptItems(DailyRunJobConfiguration::collectedFiles, inbox, reader);
    }

    @Bean
    Step fileTranscripts(JobRepository jobRepository, PlatformTransactionManager transactions, TranscriptInbox inbox) {
        return new StepBuilder("fileTranscripts", jobRepository)
                .tasklet(new FileTranscripts(inbox), transactions)
                .build();
    }

    @SuppressWarnings("unchecked")
    private static List<String> collectedFiles() {
        Object files = StepSynchronizationManager.getContext().getStepExecution().getJobExecution()
                .getExecutionContext().get(CollectTranscripts.FILES);
        return files == null ? List.of() : (List<String>) files;
    }

    /** The job's one parameter: {@value #DATE}, an office date; nothing else. */
    static final class DateParameter implements JobParametersValidator {

        @Override
        public void validate(JobParameters parameters) throws InvalidJobParametersException {
            String date = parameters == null ? null : parameters.getString(DATE);
            if (date == null) {
                throw new InvalidJobParametersException("the run needs its office date: " + DATE + "=yyyy-MM-dd");
            }
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new InvalidJobParametersException("'" + date + "' is not a date such as 2011-12-30");
            }
            List<String> others = parameters.parameters().stream().map(p -> p.name())
                    .filter(name -> !name.equals(DATE)).toList();
            if (!others.isEmpty()) {
                throw new InvalidJobParametersException("the run takes only " + DATE + ", not " + others);
            }
        }
    }
}

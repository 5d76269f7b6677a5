package org.pressdesk.dailyrun;

import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pressdesk.content.ContentKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The automated daily publishing run ({@code pressdesk.daily-run}): where transcripts come from, which
 * channels their posts go to, and when the run starts by itself.
 *
 * @param inbox          the folder transcript files ({@code .txt}, {@code .html}, {@code .json}) are put in;
 *                       processed files move to {@code done/} or {@code failed/} beside it
 * @param urls           transcript pages fetched by every run; {@code {date}} becomes the run's date (yyyy-MM-dd)
 * @param channels       the channels each kind of post goes to, e.g. {@code SPOKESPERSON_ANSWER: weibo-sample,x-sample}
 * @param autoApprove    kinds whose posts are approved by the run itself instead of waiting in SUBMITTED
 * @param cron           when the run starts by itself for the office's date (six fields, office zone), e.g.
 *                       {@code 0 30 17 * * MON-FRI}; {@code -} (the default) never
 * @param conferenceEnds when in the office's day a conference is over: no post of it is scheduled earlier
 * @param chunkSize      posts written per transaction; a restart resumes after the last one written
 * @param staleAfter     a run whose node stopped saying it works for this long counts as dead, and a new start
 *                       of its date takes it over (restarting where it stopped)
 * @param fetchTimeout   how long fetching one transcript page may take
 * @param demoInbox      on the first start (no inbox folder yet), fill the inbox with the shipped demo transcripts
 */
@ConfigurationProperties("pressdesk.daily-run")
@Validated
public record DailyRunProperties(@DefaultValue("./inbox") Path inbox,
                                 @DefaultValue List<String> urls,
                                 @DefaultValue Map<ContentKind, List<String>> channels,
                                 @DefaultValue Set<ContentKind> autoApprove,
                                 @DefaultValue("-") String cron,
                                 @DefaultValue("16:00") LocalTime conferenceEnds,
                                 @DefaultValue("50") @Positive int chunkSize,
                                 @DefaultValue("5m") Duration staleAfter,
                                 @DefaultValue("30s") Duration fetchTimeout,
                                 @DefaultValue("false") boolean demoInbox) {

    public DailyRunProperties {
        urls = List.copyOf(urls);
        channels = Map.copyOf(channels);
        autoApprove = Set.copyOf(autoApprove);
    }

    /** The channels posts of this kind go to (none when the kind is not configured). */
    public List<String> channelsFor(ContentKind kind) {
        return channels.getOrDefault(kind, List.of());
    }

    /** Whether the cron is switched on. */
    public boolean scheduled() {
        return cron != null && !cron.isBlank() && !cron.strip().equals("-");
    }

    /** Where files that were imported go. */
    public Path done() {
        return inbox.resolve("done");
    }

    /** Where files that could not be read go. */
    public Path failed() {
        return inbox.resolve("failed");
    }
}

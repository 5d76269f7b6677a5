package org.pressdesk.audience;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.collection.MetricsProperties;
import org.pressdesk.connector.Audience;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.OfficeZone;
import org.pressdesk.connector.PublishException;
import org.pressdesk.metrics.audience.FollowerReadFailure;
import org.pressdesk.metrics.audience.FollowerSnapshot;
import org.pressdesk.metrics.audience.FollowerSnapshots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads each channel account's followers through its connector and stores them as the office day's
 * snapshot. A read that fails is logged, counted ({@code pressdesk.followers.reads{outcome=failed}}) and
 * stored as a failure the API shows — never as zero — and the daily collection tries it again later that day.
 */
@Component
public class FollowerCollector {

    private static final Logger log = LoggerFactory.getLogger(FollowerCollector.class);

    private final ChannelRegistry channels;
    private final FollowerSnapshots snapshots;
    private final MeterRegistry meters;
    private final MetricsProperties properties;
    private final ZoneId zone;
    private final Clock clock;

    public FollowerCollector(ChannelRegistry channels, FollowerSnapshots snapshots, MeterRegistry meters,
                             MetricsProperties properties, OfficeZone zone, Clock clock) {
        this.channels = channels;
        this.snapshots = snapshots;
        this.meters = meters;
        this.properties = properties;
        this.zone = zone.zone();
        this.clock = clock;
    }

    /**
     * The daily snapshot: every account with followers that has none for today yet, once the office day has
     * reached {@code followers-at}, skipping an account whose read failed less than {@code follower-retry-after} ago.
     *
     * @return what was read or failed; empty when nothing was due
     */
    public List<SnapshotResult> collectDue() {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(zone);
        if (local.toLocalTime().isBefore(properties.followersAt())) {
            return List.of();
        }
        LocalDate today = local.toLocalDate();
        List<SnapshotResult> results = new ArrayList<>();
        for (Connector connector : withFollowers(null)) {
            if (snapshots.has(connector.channelId(), today) || failedRecently(connector.channelId(), today, now)) {
                continue;
            }
            results.add(read(connector, today, FollowerSnapshot.Trigger.SCHEDULE));
        }
        return results;
    }

    /**
     * Reads followers now, for one account or (null) every account that has followers; today's snapshot is replaced.
     */
    public List<SnapshotResult> snapshotNow(String channelId) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        return withFollowers(channelId).stream()
                .map(connector -> read(connector, today, FollowerSnapshot.Trigger.API))
                .toList();
    }

    /** Whether the account's connector reports followers. */
    public boolean hasFollowers(String channelId) {
        return channels.find(channelId).map(connector -> connector.capabilities().audience()).orElse(false);
    }

    private List<Connector> withFollowers(String only) {
        return channels.ids().stream()
                .filter(id -> only == null || id.equals(only))
                .map(channels::require)
                .filter(connector -> connector.capabilities().audience())
                .toList();
    }

    private boolean failedRecently(String channelId, LocalDate today, Instant now) {
        return snapshots.failuresBetween(channelId, today, today).stream()
                .anyMatch(failure -> failure.failedAt().isAfter(now.minus(properties.followerRetryAfter())));
    }

    private SnapshotResult read(Connector connector, LocalDate date, FollowerSnapshot.Trigger trigger) {
        String channelId = connector.channelId();
        String problem;
        try {
            Audience audience = connector.audience();
            if (audience.followers().isPresent()) {
                long followers = audience.followers().getAsLong();
                Instant readAt = audience.readAt() == null ? clock.instant() : audience.readAt();
                snapshots.store(new FollowerSnapshot(channelId, date, followers, readAt, trigger));
                count(channelId, "stored");
                return SnapshotResult.stored(channelId, date, followers, readAt);
            }
            problem = "the channel reported no follower count";
        } catch (PublishException | RuntimeException e) {
            problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        Instant failedAt = clock.instant();
        snapshots.failed(new FollowerReadFailure(channelId, date, failedAt, problem));
        count(channelId, "failed");
        log.warn("Followers of channel {} could not be read for {}: {}; trying again after {}", channelId, date, problem,
                properties.followerRetryAfter());
        return SnapshotResult.failed(channelId, date, failedAt, problem);
    }

    private void count(String channelId, String outcome) {
        Counter.builder("pressdesk.followers.reads")
                .description("Follower count reads by channel and outcome (stored, failed)")
                .tag("channel", channelId)
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }

    /**
     * One account's read.
     *
     * @param followers null when the read failed
     * @param error     why it failed; null when stored
     */
    public record SnapshotResult(String channel, LocalDate date, Long followers, Instant at, String error) {

        static SnapshotResult stored(String channel, LocalDate date, long followers, Instant readAt) {
            return new SnapshotResult(channel, date, followers, readAt, null);
        }

        static SnapshotResult failed(String channel, LocalDate date, Instant failedAt, String error) {
            return new SnapshotResult(channel, date, null, failedAt, error);
        }

        public boolean stored() {
            return error == null;
        }
    }
}

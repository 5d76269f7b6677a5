package org.pressdesk.engagement;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.Engagement;
import org.pressdesk.connector.PublishException;
import org.pressdesk.metrics.engagement.DueRead;
import org.pressdesk.metrics.engagement.EngagementReading;
import org.pressdesk.metrics.engagement.EngagementReadings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the engagement of published posts an hour, a day and a week after publishing, through each connector that
 * {@link Connector#supportsEngagement() can}, within the channel's {@link EngagementBudget}. A channel that fails
 * or rate-limits a read is left alone until the next run; a read not made within its window is skipped.
 */
@Component
public class EngagementReader {

    private static final Logger log = LoggerFactory.getLogger(EngagementReader.class);

    private final ChannelRegistry channels;
    private final EngagementReadings readings;
    private final EngagementBudget budget;
    private final MeterRegistry meters;
    private final Clock clock;

    public EngagementReader(ChannelRegistry channels, EngagementReadings readings, EngagementBudget budget,
                            MeterRegistry meters, Clock clock) {
        this.channels = channels;
        this.readings = readings;
        this.budget = budget;
        this.meters = meters;
        this.clock = clock;
    }

    /** @return how many reads were stored */
    public int readDue() {
        int stored = 0;
        for (String channelId : channels.ids()) {
            Connector connector = channels.require(channelId);
            if (connector.supportsEngagement()) {
                stored += readDue(connector);
            }
        }
        return stored;
    }

    private static final Duration ACCOUNT_UNAVAILABLE_WAIT = Duration.ofHours(1);

    private int readDue(Connector connector) {
        String channelId = connector.channelId();
        Instant now = clock.instant();
        int allowance = budget.allowance(channelId, now);
        if (allowance == 0) {
            count(channelId, "skipped");
            return 0;
        }
        List<DueRead> due = readings.due(channelId, now, allowance);
        int stored = 0;
        for (DueRead read : due) {
            Engagement engagement;
            try {
                engagement = connector.engagement(read.remoteId());
            } catch (PublishException.RateLimited limited) {
                budget.rateLimited(channelId, limited.retryAt());
                count(channelId, "rate-limited");
                log.info("Engagement reads on channel {} wait until {}: rate limited", channelId, limited.retryAt());
                return stored;
            } catch (PublishException.AccountUnavailable unavailable) {
                // The account's calls are used up or its token refused: reads wait for the platform's time, or an
                // hour when it names none, and publishing (which pauses the channel itself) is not asked for more.
                Instant until = unavailable.availableAt() != null ? unavailable.availableAt()
                        : now.plus(ACCOUNT_UNAVAILABLE_WAIT);
                budget.rateLimited(channelId, until);
                count(channelId, "account-unavailable");
                log.info("Engagement reads on channel {} wait until {}: {}", channelId, until, unavailable.getMessage());
                return stored;
            } catch (PublishException.Permanent refused) {
                count(channelId, "failed");
                log.info("Engagement of target {} on channel {} cannot be read: {}", read.targetId(), channelId,
                        refused.getMessage());
                continue;
            } catch (PublishException | RuntimeException failed) {
                count(channelId, "failed");
                log.warn("Engagement reads on channel {} stop until the next run: {}", channelId, failed.getMessage());
                return stored;
            }
            readings.store(new EngagementReading(read.targetId(), read.point(), channelId, read.remoteId(),
                    engagement.readAt(), engagement.likes(), engagement.reposts(), engagement.replies(),
                    engagement.impressions().isPresent() ? engagement.impressions().getAsLong() : null),
                    read.officeDate());
            count(channelId, "stored");
            stored++;
        }
        return stored;
    }

    private void count(String channelId, String outcome) {
        Counter.builder("pressdesk.engagement.reads")
                .description("Engagement reads by channel and outcome (stored, failed, rate-limited, skipped)")
                .tag("channel", channelId)
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }
}

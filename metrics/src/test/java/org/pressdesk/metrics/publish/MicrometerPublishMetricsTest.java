package org.pressdesk.metrics.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pressdesk.content.ContentKind;

class MicrometerPublishMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerPublishMetrics metrics = new MicrometerPublishMetrics(registry);

    @Test
    void countsOutcomesByChannelKindAndOutcome() {
        metrics.onPublishEvent(event("weibo", PublishEvent.Outcome.PUBLISHED, Duration.ofSeconds(4)));
        metrics.onPublishEvent(event("weibo", PublishEvent.Outcome.PUBLISHED, Duration.ofSeconds(2)));
        metrics.onPublishEvent(event("weibo", PublishEvent.Outcome.RETRY_SCHEDULED, null));
        metrics.onPublishEvent(event("x", PublishEvent.Outcome.PUBLISHED, Duration.ZERO));

        assertThat(registry.get("pressdesk.publications").tags("channel", "weibo", "kind", "spokesperson_answer",
                "outcome", "published").counter().count()).isEqualTo(2);
        assertThat(registry.get("pressdesk.publications").tags("channel", "weibo", "outcome", "retry-scheduled")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("pressdesk.publications").tags("channel", "x").counter().count()).isEqualTo(1);
    }

    @Test
    void timesHowLatePublicationsWentOut() {
        metrics.onPublishEvent(event("weibo", PublishEvent.Outcome.PUBLISHED, Duration.ofSeconds(4)));
        metrics.onPublishEvent(event("weibo", PublishEvent.Outcome.PUBLISHED, Duration.ofSeconds(2)));
        metrics.onPublishEvent(event("weibo", PublishEvent.Outcome.FAILED, null));

        var lag = registry.get("pressdesk.publish.lag").tags("channel", "weibo").timer();
        assertThat(lag.count()).isEqualTo(2);
        assertThat(lag.max(TimeUnit.SECONDS)).isEqualTo(4);
        assertThat(lag.totalTime(TimeUnit.SECONDS)).isEqualTo(6);
    }

    private static PublishEvent event(String channel, PublishEvent.Outcome outcome, Duration lag) {
        return new PublishEvent(channel, ContentKind.SPOKESPERSON_ANSWER, outcome, 1,
                Instant.parse("2011-12-30T07:00:00Z"), lag);
    }
}

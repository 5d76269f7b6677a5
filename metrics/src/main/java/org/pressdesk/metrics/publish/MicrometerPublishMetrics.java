package org.pressdesk.metrics.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Publish outcomes as Micrometer meters:
 * {@code pressdesk.publications{channel,kind,outcome}} counts attempts' outcomes and
 * {@code pressdesk.publish.lag{channel}} times how late publications went out against their schedule.
 */
public class MicrometerPublishMetrics implements PublishEventListener {

    private final MeterRegistry registry;

    public MicrometerPublishMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onPublishEvent(PublishEvent event) {
        Counter.builder("pressdesk.publications")
                .description("Publishing attempts by channel, content kind and outcome")
                .tag("channel", event.channelId())
                .tag("kind", event.kind().name().toLowerCase())
                .tag("outcome", event.outcome().tag())
                .register(registry)
                .increment();
        if (event.lag() != null) {
            Timer.builder("pressdesk.publish.lag")
                    .description("How long after its scheduled time a post went out")
                    .tag("channel", event.channelId())
                    .register(registry)
                    .record(event.lag().isNegative() ? java.time.Duration.ZERO : event.lag());
        }
    }
}

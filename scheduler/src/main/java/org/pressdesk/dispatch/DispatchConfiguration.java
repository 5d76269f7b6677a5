package org.pressdesk.dispatch;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.metrics.publish.MicrometerPublishMetrics;
import org.pressdesk.metrics.publish.PublishEventListener;
import org.pressdesk.post.PostRendering;
import org.pressdesk.post.PostRepository;
import org.pressdesk.post.TargetLifecycle;
import org.pressdesk.queue.PublishQueue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DispatchConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService publishCalls() {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("pressdesk-publish-", 0).factory());
    }

    @Bean
    @ConditionalOnMissingBean
    PublishEventListener publishEventListener(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        return meters == null ? PublishEventListener.NOOP : new MicrometerPublishMetrics(meters);
    }

    @Bean
    Dispatcher dispatcher(PublishQueue queue, PostRepository posts, TargetLifecycle lifecycle,
                          ChannelRegistry channels, PostRendering rendering, PublishEventListener events,
                          DispatchProperties properties, ExecutorService publishCalls, Clock clock,
                          PauseBoard pauses, ChannelPacing pacing, ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        String nodeId = NodeId.of(properties.nodeId(), DispatchConfiguration::hostName);
        TargetPublisher publisher = new TargetPublisher(posts, lifecycle, queue, channels, rendering, events,
                properties, publishCalls, clock, nodeId, pauses, pacing,
                meters == null ? PacingWaits.NONE : PacingWaits.on(meters));
        return new Dispatcher(queue, publisher, properties, clock, nodeId, pauses);
    }

    @Bean
    @ConditionalOnProperty(name = "pressdesk.dispatch.enabled", havingValue = "true", matchIfMissing = true)
    DispatchLoop dispatchLoop(Dispatcher dispatcher, DispatchProperties properties) {
        return new DispatchLoop(dispatcher, properties);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}

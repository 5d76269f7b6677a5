package org.pressdesk.control;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.post.PostRepository;
import org.pressdesk.post.TargetLifecycle;
import org.pressdesk.system.HealthProperties;
import org.pressdesk.system.OfficeTime;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class ControlConfiguration {

    @Bean
    PublishingControl publishingControl(JdbcClient jdbc, ChannelRegistry channels, PostRepository posts,
                                        TargetLifecycle lifecycle, TransactionTemplate transactions,
                                        ControlProperties properties, OfficeTime time, Clock clock) {
        return new PublishingControl(jdbc, channels, posts, lifecycle, transactions, properties, time,
                clock);
    }

    @Bean
    HealthIndicator publishingHealthIndicator(PublishingControl control, OfficeTime time, HealthProperties health) {
        // A quarter of the database's own deadline: the health answer waits for both, one after the other.
        return new PauseHealthIndicator(control, time, health.databaseTimeout().dividedBy(4));
    }

    /** {@code pressdesk.control.paused{scope}}: 1 while the scope ({@code all} or a channel id) is paused, else 0. */
    @Bean
    MeterBinder pausedGauges(PublishingControl control, ChannelRegistry channels) {
        return meters -> {
            List<String> scopes = new ArrayList<>();
            scopes.add(Pause.ALL);
            scopes.addAll(channels.ids());
            for (String scope : scopes) {
                Gauge.builder("pressdesk.control.paused", () -> control.pauses().stream()
                                .anyMatch(pause -> pause.scope().equals(scope)) ? 1 : 0)
                        .description("1 while publishing is paused in this scope (all, or one channel)")
                        .tag("scope", scope.equals(Pause.ALL) ? "all" : scope)
                        .register(meters);
            }
        };
    }
}

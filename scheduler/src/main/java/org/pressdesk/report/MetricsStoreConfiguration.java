package org.pressdesk.report;

import java.time.Clock;
import java.util.List;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.connector.OfficeZone;
import org.pressdesk.metrics.audience.FollowerSnapshots;
import org.pressdesk.metrics.audience.ListenerFigures;
import org.pressdesk.metrics.engagement.EngagementReadings;
import org.pressdesk.metrics.record.JdbcPublicationRecords;
import org.pressdesk.metrics.record.PublicationRecords;
import org.pressdesk.metrics.report.ChannelReports;
import org.pressdesk.metrics.report.ReportedChannel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The metrics module's stores and the channel report service, on the application's database. */
@Configuration(proxyBeanMethods = false)
class MetricsStoreConfiguration {

    @Bean
    PublicationRecords publicationRecords(JdbcClient jdbc) {
        return new JdbcPublicationRecords(jdbc);
    }

    @Bean
    FollowerSnapshots followerSnapshots(JdbcClient jdbc) {
        return new FollowerSnapshots(jdbc);
    }

    @Bean
    ListenerFigures listenerFigures(JdbcClient jdbc) {
        return new ListenerFigures(jdbc);
    }

    @Bean
    EngagementReadings engagementReadings(JdbcClient jdbc) {
        return new EngagementReadings(jdbc);
    }

    @Bean
    ChannelReports channelReports(JdbcClient jdbc, ChannelRegistry channels, OfficeZone zone, Clock clock) {
        return new ChannelReports(jdbc, () -> reported(channels), zone.zone(), clock);
    }

    /** The configured channel accounts as reports name them. */
    static List<ReportedChannel> reported(ChannelRegistry channels) {
        return channels.accounts().stream()
                .map(account -> new ReportedChannel(account.id(), account.type(), account.displayName()))
                .toList();
    }
}

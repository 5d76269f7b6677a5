package org.pressdesk.support;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pressdesk.audience.FollowerCollector;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.channel.ChannelsProperties;
import org.pressdesk.collection.MetricsProperties;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.ConnectorType;
import org.pressdesk.connector.OfficeZone;
import org.pressdesk.engagement.EngagementBudget;
import org.pressdesk.engagement.EngagementReader;
import org.pressdesk.metrics.audience.FollowerSnapshots;
import org.pressdesk.metrics.engagement.EngagementReadings;
import org.pressdesk.metrics.record.JdbcPublicationRecords;
import org.pressdesk.testing.SettableClock;

/** The metrics collection's parts wired by hand on one test database, with the test's connectors and clock. */
public final class MetricsRig {

    public final TestDatabase database;
    public final SettableClock clock;
    public final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    public final ChannelRegistry channels;
    public final FollowerSnapshots snapshots;
    public final EngagementReadings readings;
    public final JdbcPublicationRecords records;
    public final MetricsProperties properties;
    public final FollowerCollector followers;
    public final EngagementBudget budget;
    public final EngagementReader engagement;

    public MetricsRig(TestDatabase database, SettableClock clock, MetricsProperties.Engagement engagementLimits,
                      Connector... connectors) {
        this.database = database;
        this.clock = clock;
        Map<String, Connector> byId = new LinkedHashMap<>();
        Map<String, ChannelsProperties.Channel> settings = new LinkedHashMap<>();
        for (Connector connector : connectors) {
            byId.put(connector.channelId(), connector);
            settings.put(connector.channelId(), new ChannelsProperties.Channel("test", null, Map.of(), Map.of()));
        }
        ConnectorType type = new ConnectorType() {
            @Override
            public String id() {
                return "test";
            }

            @Override
            public Connector create(ChannelAccount account) {
                return byId.get(account.id());
            }
        };
        this.channels = new ChannelRegistry(new ChannelsProperties(settings), List.of(type));
        this.snapshots = new FollowerSnapshots(database.jdbc());
        this.readings = new EngagementReadings(database.jdbc());
        this.records = new JdbcPublicationRecords(database.jdbc());
        this.properties = new MetricsProperties(true, Duration.ofMinutes(15), Duration.ofMinutes(30),
                LocalTime.of(0, 30), Duration.ofHours(1), engagementLimits);
        this.followers = new FollowerCollector(channels, snapshots, meters, properties, OfficeZone.DEFAULT, clock);
        this.budget = new EngagementBudget(database.jdbc(), properties);
        this.engagement = new EngagementReader(channels, readings, budget, meters, clock);
    }

    public MetricsRig(TestDatabase database, SettableClock clock, Connector... connectors) {
        this(database, clock, new MetricsProperties.Engagement(48, 20, Map.of(), 0.2), connectors);
    }

    public double counted(String meter, String channel, String outcome) {
        var counter = meters.find(meter).tag("channel", channel).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}

package org.pressdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.ConnectorType;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.connector.outbox.OutboxConnectorType;

class ChannelRegistryTest {

    @TempDir
    Path folder;

    private final OutboxConnectorType outbox = new OutboxConnectorType(Clock.systemUTC());

    @Test
    void buildsAConnectorForEveryConfiguredChannel() {
        ChannelRegistry registry = new ChannelRegistry(properties(Map.of(
                "weibo-main", outboxChannel(), "x-main", outboxChannel())), List.of(outbox));

        assertThat(registry.accounts()).extracting(ChannelAccount::id).containsExactly("weibo-main", "x-main");
        assertThat(registry.require("weibo-main").channelId()).isEqualTo("weibo-main");
        assertThatThrownBy(() -> registry.require("mastodon"))
                .isInstanceOf(UnknownChannelException.class)
                .hasMessageContaining("Unknown channel 'mastodon'").hasMessageContaining("weibo-main");
    }

    @Test
    void refusesToStartWhenTwoConnectorTypesClaimOneId() {
        ConnectorType impostor = new ConnectorType() {
            @Override
            public String id() {
                return OutboxConnectorType.ID;
            }

            @Override
            public Connector create(ChannelAccount account) {
                throw new UnsupportedOperationException();
            }
        };

        assertThatThrownBy(() -> new ChannelRegistry(properties(Map.of()), List.of(outbox, impostor)))
                .hasMessageContaining("Connector type id 'outbox' is claimed by");
    }

    @Test
    void refusesToStartWhenChannelIdsDifferOnlyInCase() {
        Map<String, ChannelsProperties.Channel> channels = new LinkedHashMap<>();
        channels.put("Weibo-Main", outboxChannel());
        channels.put("weibo-main", outboxChannel());

        assertThatThrownBy(() -> new ChannelRegistry(properties(channels), List.of(outbox)))
                .hasMessageContaining("Duplicate channel ids").hasMessageContaining("weibo-main");
    }

    @Test
    void refusesToStartWithAnUnknownTypeNamingTheKnownOnes() {
        assertThatThrownBy(() -> new ChannelRegistry(properties(Map.of("fax", new ChannelsProperties.Channel(
                "fax-machine", null, Map.of(), Map.of()))), List.of(outbox)))
                .isInstanceOf(InvalidChannelConfigurationException.class)
                .hasMessageContaining("Channel 'fax': unknown type 'fax-machine'").hasMessageContaining("[outbox]");
    }

    @Test
    void neverPrintsCredentials() {
        ChannelsProperties.Channel channel = new ChannelsProperties.Channel("outbox", null,
                Map.of("folder", folder.toString()), Map.of("access-token", "s3cr3t-token"));
        ChannelRegistry registry = new ChannelRegistry(properties(Map.of("weibo-main", channel)), List.of(outbox));

        assertThat(channel.toString()).doesNotContain("s3cr3t-token").contains("access-token");
        assertThat(registry.accounts().iterator().next().toString()).doesNotContain("s3cr3t-token");
    }

    private ChannelsProperties.Channel outboxChannel() {
        return new ChannelsProperties.Channel("outbox", null, Map.of("folder", folder.toString()), Map.of());
    }

    private static ChannelsProperties properties(Map<String, ChannelsProperties.Channel> channels) {
        return new ChannelsProperties(channels);
    }
}

package org.pressdesk.channel;

import java.util.List;
import org.pressdesk.connector.ConnectorType;
import org.pressdesk.connector.ThreadJournal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class ChannelConfiguration {

    /** Picked up by the connector types that continue threads (X), in place of their in-memory default. */
    @Bean
    ThreadJournal threadJournal(JdbcClient jdbc) {
        return new JdbcThreadJournal(jdbc);
    }

    @Bean
    ChannelRegistry channelRegistry(ChannelsProperties properties, List<ConnectorType> types) {
        return new ChannelRegistry(properties, types);
    }
}

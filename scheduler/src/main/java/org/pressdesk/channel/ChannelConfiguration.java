package org.pressdesk.channel;

import java.util.List;
import org.pressdesk.connector.ConnectorType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ChannelConfiguration {

    @Bean
    ChannelRegistry channelRegistry(ChannelsProperties properties, List<ConnectorType> types) {
        return new ChannelRegistry(properties, types);
    }
}

package org.pressdesk.pacing;

import org.pressdesk.dispatch.ChannelPacing;
import org.pressdesk.system.OfficeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class PacingConfiguration {

    /** Checked at start-up: pacing settings that contradict each other stop it, naming the key. */
    @Bean
    ChannelPacing channelPacing(PacingProperties properties, OfficeProperties office, JdbcClient jdbc,
                                TransactionTemplate transactions) {
        return new JdbcChannelPacing(properties, office.zone(), jdbc, transactions);
    }
}

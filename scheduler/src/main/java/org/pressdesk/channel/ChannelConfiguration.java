package org.pressdesk.channel;

import org.pressdesk.audit.AdminActions;
import java.time.Clock;
import java.util.List;
import org.pressdesk.connector.ConnectorType;
import org.pressdesk.connector.ThreadJournal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class ChannelConfiguration {

    /** Picked up by the connector types that continue threads (X), in place of their in-memory default. */
    @Bean
    ThreadJournal threadJournal(JdbcClient jdbc) {
        return new JdbcThreadJournal(jdbc);
    }

    /** The channels as configured, with the credentials entered in the application over the configured ones. */
    @Bean
    ChannelRegistry channelRegistry(ChannelsProperties properties, List<ConnectorType> types, JdbcClient jdbc,
                                    CredentialsKeyProperties key) {
        return new ChannelRegistry(properties, types,
                ChannelCredentials.readable(new CredentialStore(jdbc), CredentialCipher.of(key)));
    }

    @Bean
    ChannelCredentials channelCredentials(JdbcClient jdbc, CredentialsKeyProperties key, ChannelRegistry channels,
                                          TransactionTemplate transactions, Clock clock, AdminActions audit) {
        return new ChannelCredentials(new CredentialStore(jdbc), CredentialCipher.of(key), channels,
                CredentialActions.auditedBy(audit), transactions, clock);
    }
}

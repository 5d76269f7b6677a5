package org.pressdesk.connector;

import java.time.Clock;
import org.pressdesk.connector.outbox.OutboxConnectorType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers the built-in connector types. Each is a bean, so an application or another jar can
 * replace one by declaring its own bean of the same class.
 */
@AutoConfiguration
public class ConnectorsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OutboxConnectorType outboxConnectorType(ObjectProvider<Clock> clock) {
        return new OutboxConnectorType(clock.getIfAvailable(Clock::systemUTC));
    }
}

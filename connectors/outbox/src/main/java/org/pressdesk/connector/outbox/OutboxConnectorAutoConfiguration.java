package org.pressdesk.connector.outbox;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Registers the {@code outbox} connector type; an application's own bean of the same class replaces it. */
@AutoConfiguration
public class OutboxConnectorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OutboxConnectorType outboxConnectorType(ObjectProvider<Clock> clock) {
        return new OutboxConnectorType(clock.getIfAvailable(Clock::systemUTC));
    }
}

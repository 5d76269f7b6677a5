package org.pressdesk.queue;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue in the application's database, next to the targets it shares a transaction with: the default
 * ({@code pressdesk.queue.backend=jdbc}, or unset). Another backend's jar brings its own auto-configuration;
 * a {@link PublishQueue} bean of the application's own replaces either.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"})
@ConditionalOnProperty(name = "pressdesk.queue.backend", havingValue = "jdbc", matchIfMissing = true)
public class JdbcQueueAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PublishQueue publishQueue(JdbcClient jdbc, TransactionTemplate transactions) {
        return new JdbcPublishQueue(jdbc, transactions);
    }
}

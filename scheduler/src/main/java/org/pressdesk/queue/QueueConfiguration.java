package org.pressdesk.queue;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The JDBC queue is the default; a bean of another {@link PublishQueue} replaces it. */
@Configuration(proxyBeanMethods = false)
class QueueConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PublishQueue publishQueue(JdbcClient jdbc, TransactionTemplate transactions) {
        return new JdbcPublishQueue(jdbc, transactions);
    }
}

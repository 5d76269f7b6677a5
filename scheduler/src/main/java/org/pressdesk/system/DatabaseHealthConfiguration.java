package org.pressdesk.system;

import javax.sql.DataSource;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replaces Boot's {@code db} health indicator (same bean name) with one that answers within a deadline. */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {

    @Bean
    @ConditionalOnEnabledHealthIndicator("db")
    DatabaseHealthIndicator dbHealthIndicator(DataSource dataSource, HealthProperties properties) {
        return new DatabaseHealthIndicator(dataSource, properties.databaseTimeout());
    }
}

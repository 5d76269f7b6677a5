package org.pressdesk.collection;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.pressdesk.audience.FollowerCollector;
import org.pressdesk.connector.OfficeZone;
import org.pressdesk.engagement.EngagementReader;
import org.pressdesk.metrics.rollup.DailyRollup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The metrics collection on a timer, once per cluster through ShedLock's JDBC lock (table {@code shedlock}). */
@Configuration(proxyBeanMethods = false)
class CollectionConfiguration {

    @Bean
    LockProvider metricsLockProvider(DataSource dataSource) {
        // The database's clock decides who holds the lock, so nodes whose clocks drift cannot both hold it.
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    DailyRollup dailyRollup(JdbcClient jdbc, TransactionTemplate transactions) {
        return new DailyRollup(jdbc, transactions);
    }

    @Bean
    MetricsCollection metricsCollection(LockProvider metricsLockProvider, FollowerCollector followers,
                                        EngagementReader engagement, DailyRollup dailyRollup, OfficeZone zone,
                                        MetricsProperties properties, Clock clock) {
        return new MetricsCollection(new DefaultLockingTaskExecutor(metricsLockProvider), followers, engagement,
                dailyRollup, zone.zone(), properties.lockAtMostFor(), clock);
    }

    /** Runs the collection every {@code pressdesk.metrics.every}, the first time one interval after start-up. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "pressdesk.metrics.collect", havingValue = "true", matchIfMissing = true)
    static class Timer implements SchedulingConfigurer {

        private final MetricsCollection collection;
        private final MetricsProperties properties;

        Timer(MetricsCollection collection, MetricsProperties properties) {
            this.collection = collection;
            this.properties = properties;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            Duration every = properties.every();
            registrar.addFixedDelayTask(new org.springframework.scheduling.config.FixedDelayTask(collection::run,
                    every, every));
        }
    }
}

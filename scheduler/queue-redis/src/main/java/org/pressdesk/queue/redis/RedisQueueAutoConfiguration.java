package org.pressdesk.queue.redis;

import org.pressdesk.queue.PublishQueue;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The queue in Redis when {@code pressdesk.queue.backend=redis}, on the connection Spring Boot configures from
 * {@code spring.data.redis.*} (Lettuce). A {@link PublishQueue} bean of the application's own replaces it.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnProperty(name = "pressdesk.queue.backend", havingValue = "redis")
@EnableConfigurationProperties(RedisQueueProperties.class)
public class RedisQueueAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PublishQueue publishQueue(RedisConnectionFactory connections, RedisQueueProperties properties) {
        return new RedisPublishQueue(new StringRedisTemplate(connections), properties.keyPrefix());
    }
}

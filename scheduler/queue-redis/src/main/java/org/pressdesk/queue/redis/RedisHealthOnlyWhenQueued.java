package org.pressdesk.queue.redis;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * This jar brings Spring Data Redis onto every node's classpath, and with it Boot's Redis health check. A node
 * whose queue is not in Redis must not report DOWN because no Redis answers, so the check is off by default
 * unless {@code pressdesk.queue.backend=redis}; {@code management.health.redis.enabled} set anywhere still wins.
 */
class RedisHealthOnlyWhenQueued implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean redisQueue = "redis".equalsIgnoreCase(environment.getProperty("pressdesk.queue.backend", "jdbc"));
        environment.getPropertySources().addLast(new MapPropertySource("pressdeskRedisHealthDefault",
                Map.of("management.health.redis.enabled", String.valueOf(redisQueue))));
    }
}

package org.pressdesk.queue.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class RedisHealthOnlyWhenQueuedTest {

    private static String redisHealthWith(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("settings", settings));
        new RedisHealthOnlyWhenQueued().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("management.health.redis.enabled");
    }

    @Test
    void aNodeWhoseQueueIsInTheDatabaseDoesNotReportRedisHealth() {
        assertThat(redisHealthWith(Map.of())).isEqualTo("false");
        assertThat(redisHealthWith(Map.of("pressdesk.queue.backend", "jdbc"))).isEqualTo("false");
    }

    @Test
    void aNodeQueueingInRedisReportsItsHealth() {
        assertThat(redisHealthWith(Map.of("pressdesk.queue.backend", "redis"))).isEqualTo("true");
    }

    @Test
    void anExplicitSettingWins() {
        assertThat(redisHealthWith(Map.of("management.health.redis.enabled", "true"))).isEqualTo("true");
    }
}

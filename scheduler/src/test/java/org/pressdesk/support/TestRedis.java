package org.pressdesk.support;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.pressdesk.queue.redis.RedisPublishQueue;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The real Redis at 127.0.0.1:6379 (PRESSDESK_TEST_REDIS_HOST to change the host) under a key prefix of this test's
 * own, so parallel builds never see each other's keys. Close it to delete the keys and disconnect.
 */
public final class TestRedis implements AutoCloseable {

    private final LettuceConnectionFactory connections;
    private final StringRedisTemplate redis;
    private final String prefix = "pressdesk-test:{" + UUID.randomUUID() + "}:";

    public TestRedis() {
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(
                System.getenv().getOrDefault("PRESSDESK_TEST_REDIS_HOST", "127.0.0.1"), 6379));
        connections.afterPropertiesSet();
        connections.start();
        redis = new StringRedisTemplate(connections);
    }

    /** A queue under this test's prefix; every queue made here shares it, as nodes do. */
    public RedisPublishQueue queue() {
        return new RedisPublishQueue(redis, prefix);
    }

    /** Deletes every key under this test's prefix: a Redis restarted without persistence, or FLUSHALL. */
    public void forgetEverything() {
        Set<String> keys = new HashSet<>();
        try (var found = redis.scan(ScanOptions.scanOptions().match(prefix + "*").count(1000).build())) {
            found.forEachRemaining(keys::add);
        }
        if (!keys.isEmpty()) {
            redis.delete(keys);
        }
    }

    @Override
    public void close() {
        forgetEverything();
        connections.destroy();
    }
}

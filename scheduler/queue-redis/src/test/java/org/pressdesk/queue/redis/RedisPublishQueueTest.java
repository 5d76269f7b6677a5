package org.pressdesk.queue.redis;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.pressdesk.queue.PublishQueue;
import org.pressdesk.queue.PublishQueueContractTest;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The queue contract on the real Redis at 127.0.0.1:6379, under a key prefix of this run's own, removed afterwards. */
class RedisPublishQueueTest extends PublishQueueContractTest {

    private static final String HOST = System.getenv().getOrDefault("PRESSDESK_TEST_REDIS_HOST", "127.0.0.1");

    private static LettuceConnectionFactory connections;
    private static StringRedisTemplate redis;
    private String prefix;

    @BeforeAll
    static void connect() {
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(HOST, 6379));
        connections.afterPropertiesSet();
        connections.start();
        redis = new StringRedisTemplate(connections);
    }

    @Override
    protected PublishQueue emptyQueue() {
        prefix = "pressdesk-test:{" + UUID.randomUUID() + "}:";
        return new RedisPublishQueue(redis, prefix);
    }

    @AfterEach
    void removeKeys() {
        try (var keys = redis.scan(ScanOptions.scanOptions().match(prefix + "*").count(1000).build())) {
            Set<String> found = new java.util.HashSet<>();
            keys.forEachRemaining(found::add);
            if (!found.isEmpty()) {
                redis.delete(found);
            }
        }
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }
}

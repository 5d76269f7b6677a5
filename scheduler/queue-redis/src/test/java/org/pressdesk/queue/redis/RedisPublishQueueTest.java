package org.pressdesk.queue.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

    @Test
    void aClaimFromBeforeRedisLostItsDataCannotTouchTheEntryClaimedAgainAfterwards() {
        PublishQueue queue = emptyQueue();
        Instant due = Instant.parse("2011-12-30T07:00:00Z");
        queue.schedule(1, "weibo", PublishQueue.Purpose.PUBLISH, due);
        PublishQueue.Claim before = queue.claimDue(due, 1, "node-a", Duration.ofMinutes(2), PublishQueue.Paused.NOTHING)
                .getFirst();
        removeKeys(); // FLUSHALL, or a restart without persistence
        queue.restore(1, "weibo", PublishQueue.Purpose.PUBLISH, due);
        PublishQueue.Claim after = queue.claimDue(due.plusSeconds(1), 1, "node-a", Duration.ofMinutes(2),
                PublishQueue.Paused.NOTHING).getFirst();

        assertThat(after.fencingToken()).isGreaterThan(before.fencingToken());
        assertThat(queue.drop(before)).isFalse();
        assertThat(queue.find(1)).hasValueSatisfying(entry -> assertThat(entry.leaseOwner()).isEqualTo("node-a"));
        assertThat(queue.drop(after)).isTrue();
    }

    @Test
    void anEntryWhoseIndexesRedisLostIsRestoredAndClaimedAgain() {
        PublishQueue queue = emptyQueue();
        Instant due = Instant.parse("2011-12-30T07:00:00Z");
        queue.schedule(1, "weibo", PublishQueue.Purpose.PUBLISH, due);
        queue.schedule(2, "weibo", PublishQueue.Purpose.PUBLISH, due);
        // lost while the nodes kept writing (or evicted): the due set and the channel list, not the entries' hashes
        redis.delete(Set.of(prefix + "due:p:weibo", prefix + "channels"));
        assertThat(queue.claimDue(due, 10, "node-a", Duration.ofMinutes(2), PublishQueue.Paused.NOTHING)).isEmpty();

        assertThat(queue.restore(1, "weibo", PublishQueue.Purpose.PUBLISH, due)).isTrue();
        assertThat(queue.restore(2, "weibo", PublishQueue.Purpose.PUBLISH, due)).isTrue();

        assertThat(queue.claimDue(due, 10, "node-a", Duration.ofMinutes(2), PublishQueue.Paused.NOTHING))
                .extracting(PublishQueue.Claim::targetId).containsExactly(1L, 2L);
        assertThat(queue.restore(1, "weibo", PublishQueue.Purpose.PUBLISH, due)).as("leased: left alone").isFalse();
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

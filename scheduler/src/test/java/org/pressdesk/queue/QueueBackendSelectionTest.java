package org.pressdesk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pressdesk.queue.redis.RedisPublishQueue;
import org.pressdesk.queue.redis.RedisQueueAutoConfiguration;
import org.pressdesk.support.TestDatabase;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code pressdesk.queue.backend} picks the queue through each backend's own auto-configuration. */
class QueueBackendSelectionTest {

    private static final TestDatabase database = TestDatabase.h2();

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JdbcQueueAutoConfiguration.class, RedisQueueAutoConfiguration.class,
                    DataRedisAutoConfiguration.class))
            .withBean(JdbcClient.class, database::jdbc)
            .withBean(TransactionTemplate.class, database::transactions);

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void withoutASettingTheQueueIsTheDatabaseTable() {
        app.run(context -> assertThat(context).getBean(PublishQueue.class).isInstanceOf(JdbcPublishQueue.class));
        app.withPropertyValues("pressdesk.queue.backend=jdbc")
                .run(context -> assertThat(context).getBean(PublishQueue.class).isInstanceOf(JdbcPublishQueue.class));
    }

    @Test
    void backendRedisQueuesInRedisOnTheStandardConnectionSettings() {
        String prefix = "pressdesk-test:{" + UUID.randomUUID() + "}:";
        app.withPropertyValues("pressdesk.queue.backend=redis", "spring.data.redis.host=127.0.0.1",
                        "spring.data.redis.port=6379", "pressdesk.queue.redis.key-prefix=" + prefix)
                .run(context -> {
                    PublishQueue queue = context.getBean(PublishQueue.class);
                    assertThat(queue).isInstanceOf(RedisPublishQueue.class);
                    assertThat(queue.joinsDatabaseTransaction()).isFalse();
                    queue.schedule(1, "weibo", PublishQueue.Purpose.PUBLISH, Instant.EPOCH);
                    try {
                        assertThat(queue.targetIds(0, 10)).containsExactly(1L);
                    } finally {
                        queue.remove(1);
                    }
                });
    }

    @Test
    void anApplicationsOwnQueueReplacesEitherBackend() {
        InMemoryPublishQueue own = new InMemoryPublishQueue();
        app.withBean(PublishQueue.class, () -> own)
                .run(context -> assertThat(context).getBean(PublishQueue.class).isSameAs(own));
        app.withBean(PublishQueue.class, () -> own).withPropertyValues("pressdesk.queue.backend=redis")
                .run(context -> assertThat(context).getBean(PublishQueue.class).isSameAs(own));
    }
}

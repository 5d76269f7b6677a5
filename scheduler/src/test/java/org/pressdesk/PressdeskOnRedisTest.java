package org.pressdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.dispatch.Dispatcher;
import org.pressdesk.post.NewPost;
import org.pressdesk.post.Post;
import org.pressdesk.post.PostSource;
import org.pressdesk.post.PostWorkflow;
import org.pressdesk.post.TargetState;
import org.pressdesk.queue.PublishQueue;
import org.pressdesk.queue.redis.RedisPublishQueue;
import org.pressdesk.support.AppOnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Several nodes' setup: the application on PostgreSQL with its queue in Redis ({@code pressdesk.queue.backend=redis},
 * the standard {@code spring.data.redis.*} settings), publishing end to end, with the queue's meters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PressdeskOnRedisTest {

    private static final AppOnPostgres APP = AppOnPostgres.inNewSchema("pd_redis");
    private static final String PREFIX = "pressdesk-test:{" + UUID.randomUUID() + "}:";

    @TempDir
    static Path outbox;

    @Autowired
    PostWorkflow workflow;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    PublishQueue queue;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void postgresAndRedis(DynamicPropertyRegistry registry) {
        APP.register(registry, outbox);
        registry.add("pressdesk.queue.backend", () -> "redis");
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", () -> "6379");
        registry.add("pressdesk.queue.redis.key-prefix", () -> PREFIX);
    }

    @Autowired
    org.springframework.data.redis.core.StringRedisTemplate redis;

    @AfterAll
    static void dropSchema() {
        APP.dropSchema();
    }

    @org.junit.jupiter.api.AfterEach
    void removeKeys() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        try (var found = redis.scan(org.springframework.data.redis.core.ScanOptions.scanOptions().match(PREFIX + "*")
                .count(1000).build())) {
            found.forEachRemaining(keys::add);
        }
        if (!keys.isEmpty()) {
            redis.delete(keys);
        }
    }

    @Test
    void publishesThroughTheRedisQueueAndShowsItsFigures() {
        assertThat(queue).isInstanceOf(RedisPublishQueue.class);
        Post post = workflow.create(new NewPost(ContentKind.BRIEFING_SUMMARY, "2011年12月30日外交部發言人洪磊主持例行記者會",
                "發言人洪磊回答了有關伊朗核問題、朝鮮半島局勢等提問。", ContentLanguage.ZH_HANT,
                new PostSource(java.time.LocalDate.of(2011, 12, 30), null, null), null, "editor-li", Instant.now(),
                List.of(new NewPost.Target("weibo-sample", Instant.now()))));
        workflow.submit(post.id(), "editor-li", null);
        workflow.approve(post.id(), "approver-wang", null);
        long targetId = workflow.get(post.id()).targets().getFirst().id();
        assertThat(queue.find(targetId)).get().extracting(PublishQueue.Entry::channelId).isEqualTo("weibo-sample");
        assertThat(meters.get("pressdesk.queue.depth").gauge().value()).isEqualTo(1.0);
        assertThat(meters.get("pressdesk.queue.lag").gauge().value()).isGreaterThanOrEqualTo(0.0);

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(workflow.get(post.id()).targets()).singleElement()
                .satisfies(target -> assertThat(target.state()).isEqualTo(TargetState.PUBLISHED));
        assertThat(queue.find(targetId)).isEmpty();
        assertThat(meters.get("pressdesk.queue.depth").gauge().value()).isZero();
        assertThat(meters.get("pressdesk.queue.in-flight").gauge().value()).isZero();
    }
}

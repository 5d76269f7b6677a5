package org.pressdesk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.pressdesk.PressdeskApplication;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.ConnectorType;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.post.NewPost;
import org.pressdesk.post.Post;
import org.pressdesk.post.PostSource;
import org.pressdesk.post.PostWorkflow;
import org.pressdesk.support.ScriptedConnector;
import org.pressdesk.support.ScriptedConnector.Fault;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The application stopped (as on SIGTERM) while a publication is in flight on a slow channel: it
 * claims nothing more, lets the publication record its outcome, and only then closes the pool.
 */
class GracefulStopTest {

    @Test
    void stopClaimsNothingMoreAndLetsAnInFlightPublicationRecordItsOutcome() throws Exception {
        String url = "jdbc:h2:mem:graceful-stop-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        AtomicReference<ScriptedConnector> slow = new AtomicReference<>();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PressdeskApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(created -> ((GenericApplicationContext) created).registerBean("scriptedType",
                        ConnectorType.class, () -> new ScriptedType(slow)))
                .run("--spring.datasource.url=" + url,
                        "--spring.profiles.active=graceful-stop",
                        "--pressdesk.channels.slow.type=scripted",
                        "--pressdesk.dispatch.poll-interval=50ms",
                        "--pressdesk.dispatch.batch-size=1",
                        "--pressdesk.dispatch.max-in-flight=2",
                        "--pressdesk.dispatch.publish-timeout=20s",
                        "--pressdesk.dispatch.lease=1m");
        PostWorkflow workflow = context.getBean(PostWorkflow.class);
        Dispatcher dispatcher = context.getBean(Dispatcher.class);

        Post inFlight = approvedPost(workflow);
        await().atMost(Duration.ofSeconds(10)).until(() -> slow.get().callKeys().size() == 1);
        Thread closer = Thread.ofPlatform().start(context::close);
        await().atMost(Duration.ofSeconds(10)).until(dispatcher::isStopped);
        // A slot is free and the loop polls every 50 ms: only the stop keeps this post from being claimed.
        Post dueDuringStop = approvedPost(workflow);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> slow.get().callKeys().size() == 1);
        assertThat(closer.isAlive()).as("the context waits for the publication in flight").isTrue();
        slow.get().release();
        closer.join(Duration.ofSeconds(30));
        assertThat(closer.isAlive()).as("the application stopped").isFalse();

        JdbcClient database = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        try {
            assertThat(stateOf(database, inFlight)).isEqualTo("PUBLISHED");
            assertThat(stateOf(database, dueDuringStop)).isEqualTo("SCHEDULED");
            assertThat(database.sql("""
                            SELECT q.lease_owner FROM publish_queue q JOIN publish_target t ON t.id = q.target_id
                             WHERE t.post_id = :postId""").param("postId", dueDuringStop.id())
                    .query(String.class).optional()).as("not claimed after the stop began").isEmpty();
            assertThat(slow.get().callKeys()).hasSize(1);
        } finally {
            database.sql("SHUTDOWN").update();
        }
    }

    private static Post approvedPost(PostWorkflow workflow) {
        Instant now = Instant.now();
        Post draft = workflow.create(new NewPost(ContentKind.SPOKESPERSON_ANSWER, "發言人答記者問",
                "答：中方歡迎各方恢復對話。", ContentLanguage.ZH_HANT, PostSource.NONE, null, "editor-li", now,
                List.of(new NewPost.Target("slow", now))));
        workflow.submit(draft.id(), "editor-li", null);
        return workflow.approve(draft.id(), "approver-wang", null);
    }

    private static String stateOf(JdbcClient database, Post post) {
        return database.sql("SELECT state FROM publish_target WHERE post_id = :postId").param("postId", post.id())
                .query(String.class).single();
    }

    /** Builds the slow channel: its first publication waits until the test releases it. */
    private record ScriptedType(AtomicReference<ScriptedConnector> built) implements ConnectorType {

        @Override
        public String id() {
            return "scripted";
        }

        @Override
        public Connector create(ChannelAccount account) {
            ScriptedConnector connector = new ScriptedConnector(account.id(), false, Clock.systemUTC())
                    .then(new Fault.Slow());
            built.set(connector);
            return connector;
        }
    }
}

package org.pressdesk.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.channel.ChannelsProperties;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.OfficeZone;
import org.pressdesk.connector.ConnectorType;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.control.ControlProperties;
import org.pressdesk.control.PublishingControl;
import org.pressdesk.dispatch.ChannelPacing;
import org.pressdesk.dispatch.DispatchProperties;
import org.pressdesk.dispatch.Dispatcher;
import org.pressdesk.dispatch.RunningDispatchLoop;
import org.pressdesk.dispatch.TargetPublisher;
import org.pressdesk.metrics.publish.PublishEvent;
import org.pressdesk.metrics.publish.PublishEventListener;
import org.pressdesk.post.ApprovedText;
import org.pressdesk.post.AuditLog;
import org.pressdesk.post.NewPost;
import org.pressdesk.post.Post;
import org.pressdesk.post.PostRendering;
import org.pressdesk.metrics.record.JdbcPublicationRecords;
import org.pressdesk.post.OutcomeRecorder;
import org.pressdesk.post.PostRepository;
import org.pressdesk.post.PostSource;
import org.pressdesk.post.PostWorkflow;
import org.pressdesk.post.TargetLifecycle;
import org.pressdesk.queue.PublishQueue;
import org.pressdesk.system.OfficeProperties;
import org.pressdesk.system.OfficeTime;
import org.pressdesk.template.PlainPostRenderer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One Pressdesk node below the web layer, wired as the application wires it (post workflow, target lifecycle,
 * pauses, the dispatcher and its loop) on the system clock, with one no-op channel. It counts the outcomes its
 * dispatcher records, as the application's {@code pressdesk.publications} meter does.
 */
final class BenchNode implements AutoCloseable {

    static final String CHANNEL = "bench-noop";

    private final PostWorkflow workflow;
    private final Dispatcher dispatcher;
    private final DispatchProperties properties;
    private final ExecutorService publishCalls = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("pressdesk-publish-", 0).factory());
    private final AtomicLong published = new AtomicLong();
    private RunningDispatchLoop loop;

    BenchNode(String nodeId, DataSource dataSource, PublishQueue queue, DispatchProperties properties) {
        Clock clock = Clock.systemUTC();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        NoOpConnector connector = new NoOpConnector(CHANNEL);
        ConnectorType type = new ConnectorType() {
            @Override
            public String id() {
                return "bench";
            }

            @Override
            public Connector create(ChannelAccount account) {
                return connector;
            }
        };
        ChannelRegistry channels = new ChannelRegistry(new ChannelsProperties(Map.of(CHANNEL,
                new ChannelsProperties.Channel("bench", null, Map.of(), Map.of()))), List.of(type));
        PostRepository posts = new PostRepository(jdbc);
        AuditLog audit = new AuditLog(jdbc);
        // Outcomes are recorded as in the application: the publication record is part of each settling move.
        TargetLifecycle lifecycle = new TargetLifecycle(posts, audit, queue,
                new OutcomeRecorder(posts, new JdbcPublicationRecords(jdbc), channels, OfficeZone.DEFAULT, clock),
                transactions, clock);
        ApprovedText approvedText = new ApprovedText(jdbc);
        PostRendering rendering = new PostRendering(new PlainPostRenderer(), channels, approvedText, posts);
        this.workflow = new PostWorkflow(posts, lifecycle, audit, rendering, approvedText, transactions, clock);
        OfficeTime officeTime = new OfficeTime(new OfficeProperties(ZoneId.of("Asia/Shanghai"), Duration.ofMinutes(5),
                Period.ofYears(2)), clock);
        PublishingControl control = new PublishingControl(jdbc, channels, posts, lifecycle, transactions,
                new ControlProperties(Duration.ofHours(6)), officeTime, clock);
        PublishEventListener counting = event -> {
            if (event.outcome() == PublishEvent.Outcome.PUBLISHED) {
                published.incrementAndGet();
            }
        };
        TargetPublisher publisher = new TargetPublisher(posts, lifecycle, queue, channels, rendering, counting,
                properties, publishCalls, clock, nodeId, control, ChannelPacing.NONE);
        this.dispatcher = new Dispatcher(queue, publisher, properties, clock, nodeId, control);
        this.properties = properties;
    }

    /** A post written, submitted and approved through the workflow, its one target due at {@code dueAt}. */
    Post approvedPost(Instant dueAt) {
        Post draft = workflow.create(new NewPost(ContentKind.SPOKESPERSON_ANSWER, "外交部發言人洪磊答記者問",
                "問：中方對伊朗與六國對話有何評論？答：中方歡迎對話。", ContentLanguage.ZH_HANT,
                new PostSource(LocalDate.of(2011, 12, 30), 1, null), null, "editor-li", Instant.now(),
                List.of(new NewPost.Target(CHANNEL, dueAt))));
        workflow.submit(draft.id(), "editor-li", null);
        return workflow.approve(draft.id(), "approver-wang", null);
    }

    void startDispatching() {
        loop = RunningDispatchLoop.start(dispatcher, properties);
    }

    /** Outcomes PUBLISHED recorded by this node so far. */
    long published() {
        return published.get();
    }

    @Override
    public void close() {
        if (loop != null) {
            loop.close();
        }
        dispatcher.close();
        publishCalls.shutdownNow();
    }
}

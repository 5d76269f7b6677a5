package org.pressdesk.support;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.channel.ChannelsProperties;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.ConnectorType;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.control.ControlProperties;
import org.pressdesk.control.PublishingControl;
import org.pressdesk.dispatch.ChannelPacing;
import org.pressdesk.dispatch.DispatchProperties;
import org.pressdesk.dispatch.Dispatcher;
import org.pressdesk.dispatch.PacingWaits;
import org.pressdesk.dispatch.TargetPublisher;
import org.pressdesk.connector.OfficeZone;
import org.pressdesk.metrics.publish.PublishEvent;
import org.pressdesk.metrics.record.JdbcPublicationRecords;
import org.pressdesk.metrics.record.PublicationRecords;
import org.pressdesk.metrics.publish.PublishEventListener;
import org.pressdesk.post.ApprovedText;
import org.pressdesk.post.AuditLog;
import org.pressdesk.post.NewPost;
import org.pressdesk.post.OutcomeRecorder;
import org.pressdesk.post.Post;
import org.pressdesk.post.PostRendering;
import org.pressdesk.post.PostRepository;
import org.pressdesk.post.PostSource;
import org.pressdesk.post.PostWorkflow;
import org.pressdesk.post.TargetLifecycle;
import org.pressdesk.pacing.JdbcChannelPacing;
import org.pressdesk.pacing.PacingProperties;
import org.pressdesk.queue.JdbcPublishQueue;
import org.pressdesk.queue.PublishQueue;
import org.pressdesk.system.OfficeProperties;
import org.pressdesk.system.OfficeTime;
import org.pressdesk.template.PlainPostRenderer;
import org.pressdesk.testing.SettableClock;

/**
 * The scheduler's parts wired by hand on one test database, with a clock the test moves and
 * connectors the test supplies: fast to build, and as real as the application below the web layer.
 */
public final class PressdeskRig implements AutoCloseable {

    public static final Instant T0 = Instant.parse("2011-12-30T07:00:00Z");

    public final TestDatabase database;
    public final SettableClock clock;
    public final PostRepository posts;
    public final AuditLog audit;
    public final PublishQueue queue;
    public final TargetLifecycle lifecycle;
    public final PublicationRecords records;
    public final ChannelRegistry channels;
    public final ApprovedText approvedText;
    public final PostRendering rendering;
    public final PostWorkflow workflow;
    /** The dispatchers' meters (pacing waits). */
    public final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    public final List<PublishEvent> events = java.util.Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService publishCalls = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, ChannelsProperties.Channel> channelSettings = new LinkedHashMap<>();
    private final ConnectorType givenConnectors;
    /** Pausing and resuming, on this database; staleness 6 hours. */
    public final PublishingControl control;
    private final Map<String, PacingProperties.Channel> pacing = new LinkedHashMap<>();
    private ChannelPacing channelPacing = ChannelPacing.NONE;

    public PressdeskRig(TestDatabase database, SettableClock clock, Connector... connectors) {
        this(database, clock, new JdbcPublishQueue(database.jdbc(), database.transactions()), connectors);
    }

    /** A rig whose targets are queued in {@code queue} instead of the database's own queue table. */
    public PressdeskRig(TestDatabase database, SettableClock clock, PublishQueue queue, Connector... connectors) {
        this.database = database;
        this.clock = clock;
        Map<String, Connector> byId = new LinkedHashMap<>();
        for (Connector connector : connectors) {
            byId.put(connector.channelId(), connector);
            channelSettings.put(connector.channelId(), new ChannelsProperties.Channel("test", null, Map.of(), Map.of()));
        }
        this.givenConnectors = new ConnectorType() {
            @Override
            public String id() {
                return "test";
            }

            @Override
            public Connector create(ChannelAccount account) {
                return byId.get(account.id());
            }
        };
        this.posts = new PostRepository(database.jdbc());
        this.audit = new AuditLog(database.jdbc());
        this.queue = queue;
        this.channels = new ChannelRegistry(new ChannelsProperties(channelSettings), List.of(givenConnectors));
        this.records = new JdbcPublicationRecords(database.jdbc());
        this.lifecycle = new TargetLifecycle(posts, audit, queue,
                new OutcomeRecorder(posts, records, channels, OfficeZone.DEFAULT, clock), database.transactions(), clock);
        this.approvedText = new ApprovedText(database.jdbc());
        this.rendering = new PostRendering(new PlainPostRenderer(), channels, approvedText, posts);
        this.workflow = new PostWorkflow(posts, lifecycle, audit, rendering, approvedText,
                database.transactions(), clock);
        this.control = new PublishingControl(database.jdbc(), channels, posts, lifecycle, database.transactions(),
                new ControlProperties(Duration.ofHours(6)), OFFICE_TIME.apply(clock), clock);
    }

    private static final java.util.function.Function<java.time.Clock, OfficeTime> OFFICE_TIME = clock ->
            new OfficeTime(new OfficeProperties(java.time.ZoneId.of("Asia/Shanghai"), Duration.ofMinutes(5),
                    java.time.Period.ofYears(2)), clock);

    /** Paces {@code channelId} as {@code settings} say, on dispatchers made from now on (office zone Asia/Shanghai). */
    public void pace(String channelId, PacingProperties.Pacing settings) {
        pacing.put(channelId, new PacingProperties.Channel(settings));
        channelPacing = new JdbcChannelPacing(new PacingProperties(pacing), java.time.ZoneId.of("Asia/Shanghai"),
                database.jdbc(), database.transactions());
    }

    /**
     * Dispatch settings for tests: no jitter, the given publish timeout, a first look for an unknown
     * outcome after a minute and at most three looks the channel cannot answer, up to 50 publications
     * in flight on any channel.
     */
    public static DispatchProperties dispatchProperties(int maxAttempts, Duration publishTimeout) {
        return dispatchProperties(maxAttempts, publishTimeout, 50);
    }

    /** The same, with at most {@code maxInFlightPerChannel} publications in flight on one channel. */
    public static DispatchProperties dispatchProperties(int maxAttempts, Duration publishTimeout,
                                                        int maxInFlightPerChannel) {
        return new DispatchProperties(false, "test-node", Duration.ofSeconds(1), 50, Duration.ofMinutes(2),
                publishTimeout, maxAttempts, Duration.ofSeconds(30), Duration.ofMinutes(30), 0, Duration.ofMinutes(1),
                3, 50, maxInFlightPerChannel);
    }

    public Dispatcher dispatcher(String nodeId, DispatchProperties properties) {
        return dispatcher(nodeId, properties, channels, rendering);
    }

    /**
     * A dispatcher on a node whose configuration lists only {@code channelIds}: the rig's other
     * channels were removed or renamed since their posts were approved.
     */
    public Dispatcher dispatcherConfiguredWith(String nodeId, DispatchProperties properties, String... channelIds) {
        Map<String, ChannelsProperties.Channel> remaining = new LinkedHashMap<>();
        for (String channelId : channelIds) {
            remaining.put(channelId, channelSettings.get(channelId));
        }
        ChannelRegistry configured = new ChannelRegistry(new ChannelsProperties(remaining), List.of(givenConnectors));
        return dispatcher(nodeId, properties, configured,
                new PostRendering(new PlainPostRenderer(), configured, approvedText, posts));
    }

    private Dispatcher dispatcher(String nodeId, DispatchProperties properties, ChannelRegistry configured,
                                  PostRendering renderingWith) {
        PublishEventListener listener = events::add;
        TargetPublisher publisher = new TargetPublisher(posts, lifecycle, queue, configured, renderingWith, listener,
                properties, publishCalls, clock, nodeId, control, channelPacing,
                PacingWaits.on(meters));
        return new Dispatcher(queue, publisher, properties, clock, nodeId, control);
    }

    /** A post written by an editor, submitted, and approved by a second person for {@code at}. */
    public Post approvedPost(Instant at, String... channelIds) {
        Post draft = draft(at, channelIds);
        workflow.submit(draft.id(), "editor-li", null);
        return workflow.approve(draft.id(), "approver-wang", null);
    }

    public Post draft(Instant at, String... channelIds) {
        List<NewPost.Target> targets = new ArrayList<>();
        for (String channelId : channelIds) {
            targets.add(new NewPost.Target(channelId, at));
        }
        return workflow.create(new NewPost(ContentKind.SPOKESPERSON_ANSWER, "外交部發言人洪磊答記者問",
                "問：中方對伊朗與六國對話有何評論？答：中方歡迎對話。", ContentLanguage.ZH_HANT,
                new PostSource(java.time.LocalDate.of(2011, 12, 30), 1, null), null, "editor-li", clock.instant(),
                targets));
    }

    public Post reload(Post post) {
        return workflow.get(post.id());
    }

    /** Shuts down the executor that calls channels, as a node's shutdown does. */
    public void stopCallingChannels() {
        publishCalls.shutdownNow();
    }

    @Override
    public void close() {
        publishCalls.shutdownNow();
        database.close();
    }
}

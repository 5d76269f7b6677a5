package org.pressdesk.support;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.pressdesk.connector.Audience;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.Engagement;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Violation;

/**
 * A channel whose follower count and engagement a test sets: it counts every read, can fail them, and can hold a
 * follower read until the test lets it finish.
 */
public final class AudienceConnector implements Connector {

    private final String channelId;
    private final Clock clock;
    private final AtomicReference<Long> followers = new AtomicReference<>(0L);
    private final AtomicReference<PublishException> failure = new AtomicReference<>();
    private final Map<String, Engagement> engagement = new ConcurrentHashMap<>();
    public final AtomicInteger audienceReads = new AtomicInteger();
    public final AtomicInteger engagementReads = new AtomicInteger();
    private volatile CountDownLatch hold;
    public final CountDownLatch reading = new CountDownLatch(1);

    public AudienceConnector(String channelId, Clock clock) {
        this.channelId = channelId;
        this.clock = clock;
    }

    public void followers(long count) {
        followers.set(count);
    }

    /** Every read fails with {@code failure} until it is set to null. */
    public void failWith(PublishException failure) {
        this.failure.set(failure);
    }

    public void engagement(String remoteId, long likes, long reposts, long replies) {
        engagement.put(remoteId, new Engagement(likes, reposts, replies, OptionalLong.empty(), clock.instant()));
    }

    /** Follower reads wait for {@link CountDownLatch#countDown()} on the latch returned. */
    public CountDownLatch holdReads() {
        hold = new CountDownLatch(1);
        return hold;
    }

    @Override
    public String channelId() {
        return channelId;
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(0, LengthCounting.CODE_POINTS, false, false, Duration.ZERO, true);
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        return List.of();
    }

    @Override
    public PublishReceipt publish(ChannelContent content, String idempotencyKey) {
        return new PublishReceipt("r-" + idempotencyKey, URI.create("https://example.com/" + idempotencyKey),
                clock.instant());
    }

    @Override
    public Audience audience() throws PublishException {
        audienceReads.incrementAndGet();
        reading.countDown();
        CountDownLatch held = hold;
        if (held != null) {
            try {
                if (!held.await(30, TimeUnit.SECONDS)) {
                    throw new PublishException.Transient("held too long");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishException.Transient("interrupted", e);
            }
        }
        PublishException failing = failure.get();
        if (failing != null) {
            throw failing;
        }
        return Audience.followers(followers.get(), clock.instant());
    }

    @Override
    public boolean supportsEngagement() {
        return true;
    }

    @Override
    public Engagement engagement(String remoteId) throws PublishException {
        engagementReads.incrementAndGet();
        PublishException failing = failure.get();
        if (failing != null) {
            throw failing;
        }
        Engagement counted = engagement.get(remoteId);
        if (counted == null) {
            throw new PublishException.Permanent("no post " + remoteId);
        }
        return counted;
    }
}

package org.pressdesk.bench;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.pressdesk.connector.Audience;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.LengthRules;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Violation;

/** A channel that accepts every publication at once and does nothing with it: the benchmark's no-op task. */
final class NoOpConnector implements Connector {

    private final String channelId;
    private final AtomicLong published = new AtomicLong();

    NoOpConnector(String channelId) {
        this.channelId = channelId;
    }

    @Override
    public String channelId() {
        return channelId;
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(2000, LengthCounting.CODE_POINTS, false, false, Capabilities.KEY_KEPT_FOREVER, false);
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        return LengthRules.check(content, capabilities(), this::length);
    }

    @Override
    public PublishReceipt publish(ChannelContent content, String idempotencyKey) {
        published.incrementAndGet();
        return new PublishReceipt(idempotencyKey, null, Instant.now());
    }

    @Override
    public Audience audience() {
        return Audience.NONE;
    }

    long published() {
        return published.get();
    }
}

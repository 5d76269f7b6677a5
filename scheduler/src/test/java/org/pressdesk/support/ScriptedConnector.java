package org.pressdesk.support;

import java.time.Duration;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.pressdesk.connector.Audience;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.LengthRules;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Violation;

/**
 * A channel whose next answers a test scripts: succeed, fail transiently, rate-limit, fail
 * permanently, hang, or lose the response after publishing. With no script left it succeeds. It
 * records every call and every publication, and — when idempotent — publishes a key only once.
 */
public final class ScriptedConnector implements Connector {

    /** One scripted answer. */
    public sealed interface Fault {
        record TransientFailure() implements Fault { }
        record RateLimit(Instant retryAt) implements Fault { }
        record PermanentFailure(String reason) implements Fault { }
        record Hang() implements Fault { }
        record LoseResponse() implements Fault { }
        record Crash() implements Fault { }
    }

    private final String channelId;
    private final boolean idempotent;
    private final Clock clock;
    private final Deque<Fault> script = new ArrayDeque<>();
    private final List<String> callKeys = Collections.synchronizedList(new ArrayList<>());
    private final List<String> texts = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, PublishReceipt> published = new ConcurrentHashMap<>();
    private final AtomicInteger publications = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);

    public ScriptedConnector(String channelId, boolean idempotent, Clock clock) {
        this.channelId = channelId;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    public synchronized ScriptedConnector then(Fault... faults) {
        script.addAll(List.of(faults));
        return this;
    }

    @Override
    public String channelId() {
        return channelId;
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(280, LengthCounting.CODE_POINTS, false, false,
                idempotent ? Capabilities.KEY_KEPT_FOREVER : Duration.ZERO, false);
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        return LengthRules.check(content, capabilities(), this::length);
    }

    @Override
    public PublishReceipt publish(ChannelContent content, String idempotencyKey) throws PublishException {
        callKeys.add(idempotencyKey);
        texts.add(content.fullText());
        Fault fault;
        synchronized (this) {
            fault = script.poll();
        }
        switch (fault) {
            case null -> { }
            case Fault.TransientFailure f -> throw new PublishException.Transient("503 Service Unavailable");
            case Fault.RateLimit limit -> throw new PublishException.RateLimited(limit.retryAt(), "429 Too Many Requests");
            case Fault.PermanentFailure permanent -> throw new PublishException.Permanent(permanent.reason());
            case Fault.Hang h -> {
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new PublishException.Transient("released after hanging");
            }
            case Fault.LoseResponse lost -> {
                record(idempotencyKey);
                throw new PublishException.OutcomeUnknown("connection reset after the request was sent", null);
            }
            case Fault.Crash crash -> throw new IllegalStateException("connector bug");
        }
        return record(idempotencyKey);
    }

    private PublishReceipt record(String idempotencyKey) {
        if (idempotent) {
            return published.computeIfAbsent(idempotencyKey, this::newPublication);
        }
        PublishReceipt receipt = newPublication(idempotencyKey);
        published.put(idempotencyKey + "#" + receipt.remoteId(), receipt);
        return receipt;
    }

    private PublishReceipt newPublication(String key) {
        int number = publications.incrementAndGet();
        return new PublishReceipt("remote-" + number, URI.create("https://channel.example/" + channelId + "/" + number),
                clock.instant());
    }

    @Override
    public Audience audience() {
        return Audience.NONE;
    }

    /** Every idempotency key publish was called with, in call order. */
    public List<String> callKeys() {
        return List.copyOf(callKeys);
    }

    /** The text of every publish call, in call order. */
    public List<String> texts() {
        return List.copyOf(texts);
    }

    /** How many publications the channel really made. */
    public int publications() {
        return publications.get();
    }

    /** Lets a hanging call finish. */
    public void release() {
        released.countDown();
    }
}

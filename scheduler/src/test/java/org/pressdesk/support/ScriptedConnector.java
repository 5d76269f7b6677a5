package org.pressdesk.support;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
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
import org.pressdesk.connector.Reconciliation;
import org.pressdesk.connector.Withdrawal;
import org.pressdesk.connector.Violation;

/**
 * A channel whose next answers a test scripts: succeed, fail transiently, rate-limit, fail
 * permanently, hang, answer slowly, or lose the response after publishing. With no script left it
 * succeeds. It records every call and every publication, and honours an idempotency key for as
 * long as its key window says, as a real channel does (Mastodon forgets a key after an hour).
 *
 * <p>Its answers to {@link #reconcile} are scripted too ({@link Check}); with none left it cannot
 * tell, like a channel that cannot list the account's own posts.
 */
public final class ScriptedConnector implements Connector {

    /** One scripted answer to publish. */
    public sealed interface Fault {
        record TransientFailure() implements Fault { }
        record RateLimit(Instant retryAt) implements Fault { }
        record PermanentFailure(String reason) implements Fault { }
        /** Blocks until {@link #release()}, then fails transiently (or is cut off by the publish timeout). */
        record Hang() implements Fault { }
        /** Blocks until {@link #release()}, then publishes. */
        record Slow() implements Fault { }
        record LoseResponse() implements Fault { }
        record Crash() implements Fault { }
        /** The account cannot publish: quota used up or credentials refused, available again at {@code availableAt}. */
        record AccountUnavailable(PublishException.AccountUnavailable.Why why, Instant availableAt) implements Fault { }
    }

    /** One scripted answer to reconcile. */
    public sealed interface Check {
        /** Says what the channel really holds: the publication made under the key, or that there is none. */
        record Truth() implements Check { }
        record Undetermined(String checked) implements Check { }
        /** The channel cannot be asked now (a transient error). */
        record Unreachable() implements Check { }
        record RateLimit(Instant retryAt) implements Check { }
    }

    /** One scripted answer to withdraw; with none left the publication is deleted. */
    public sealed interface Takedown {
        record Gone() implements Takedown { }
        record Aired() implements Takedown { }
        record TransientFailure() implements Takedown { }
        record RateLimit(Instant retryAt) implements Takedown { }
        record PermanentFailure(String reason) implements Takedown { }
        record AccountUnavailable(PublishException.AccountUnavailable.Why why, Instant availableAt) implements Takedown { }
    }

    /** One call to withdraw, as the dispatcher made it. */
    public record WithdrawCall(String idempotencyKey, String remoteId, List<String> partIds) { }

    /** One call to reconcile, as the dispatcher made it. */
    public record ReconcileCall(String idempotencyKey, Instant firstAttemptAt, Instant at) { }

    private final String channelId;
    private final Duration keyWindow;
    private final Clock clock;
    private final Deque<Fault> script = new ArrayDeque<>();
    private final Deque<Check> checks = new ArrayDeque<>();
    private final List<String> callKeys = Collections.synchronizedList(new ArrayList<>());
    private final List<String> texts = Collections.synchronizedList(new ArrayList<>());
    private final List<ChannelContent> contents = Collections.synchronizedList(new ArrayList<>());
    private final List<ReconcileCall> reconcileCalls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, List<PublishReceipt>> publishedByKey = new ConcurrentHashMap<>();
    private final AtomicInteger publications = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private final Deque<Takedown> takedowns = new ArrayDeque<>();
    private final List<WithdrawCall> withdrawCalls = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean withdraws = true;
    private volatile int partsPerPublication = 1;

    /** A channel that honours keys for ever, or not at all. */
    public ScriptedConnector(String channelId, boolean idempotent, Clock clock) {
        this(channelId, idempotent ? Capabilities.KEY_KEPT_FOREVER : Duration.ZERO, clock);
    }

    /** A channel that honours a key for {@code keyWindow} after the publication it made with it. */
    public ScriptedConnector(String channelId, Duration keyWindow, Clock clock) {
        this.channelId = channelId;
        this.keyWindow = keyWindow;
        this.clock = clock;
    }

    public synchronized ScriptedConnector then(Fault... faults) {
        script.addAll(List.of(faults));
        return this;
    }

    public synchronized ScriptedConnector thenCheck(Check... answers) {
        checks.addAll(List.of(answers));
        return this;
    }

    public synchronized ScriptedConnector thenWithdraw(Takedown... answers) {
        takedowns.addAll(List.of(answers));
        return this;
    }

    /** A channel without the withdraw capability. */
    public ScriptedConnector cannotWithdraw() {
        withdraws = false;
        return this;
    }

    /** Every publication is reported as a thread of this many parts, {@code remote-n#1} … */
    public ScriptedConnector publishingThreadsOf(int parts) {
        partsPerPublication = parts;
        return this;
    }

    @Override
    public String channelId() {
        return channelId;
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(280, LengthCounting.CODE_POINTS, false, false, keyWindow, false);
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        return LengthRules.check(content, capabilities(), this::length);
    }

    @Override
    public PublishReceipt publish(ChannelContent content, String idempotencyKey) throws PublishException {
        callKeys.add(idempotencyKey);
        texts.add(content.fullText());
        contents.add(content);
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
                awaitRelease();
                throw new PublishException.Transient("released after hanging");
            }
            case Fault.Slow s -> {
                if (!awaitRelease()) {
                    throw new PublishException.Transient("interrupted before publishing");
                }
            }
            case Fault.LoseResponse lost -> {
                record(idempotencyKey);
                throw new PublishException.OutcomeUnknown("connection reset after the request was sent", null);
            }
            case Fault.Crash crash -> throw new IllegalStateException("connector bug");
            case Fault.AccountUnavailable unavailable -> throw new PublishException.AccountUnavailable(
                    unavailable.why(), unavailable.availableAt(), "usage cap exceeded: monthly product cap");
        }
        return record(idempotencyKey);
    }

    @Override
    public Reconciliation reconcile(ChannelContent content, String idempotencyKey, Instant firstAttemptAt)
            throws PublishException {
        reconcileCalls.add(new ReconcileCall(idempotencyKey, firstAttemptAt, clock.instant()));
        Check check;
        synchronized (this) {
            check = checks.poll();
        }
        return switch (check) {
            case null -> Reconciliation.undetermined("the scripted channel cannot list its posts");
            case Check.Truth truth -> {
                List<PublishReceipt> made = publishedByKey.getOrDefault(idempotencyKey, List.of());
                yield made.isEmpty()
                        ? Reconciliation.absent("the scripted channel's posts since " + firstAttemptAt + ": none matches")
                        : Reconciliation.found(made.getFirst(), "the scripted channel's posts since " + firstAttemptAt);
            }
            case Check.Undetermined undetermined -> Reconciliation.undetermined(undetermined.checked());
            case Check.Unreachable unreachable -> throw new PublishException.Transient("502 Bad Gateway");
            case Check.RateLimit limit -> throw new PublishException.RateLimited(limit.retryAt(), "429 Too Many Requests");
        };
    }

    @Override
    public boolean canWithdraw() {
        return withdraws;
    }

    @Override
    public Withdrawal withdraw(PublishReceipt receipt, String idempotencyKey) throws PublishException {
        if (!withdraws) {
            return Connector.super.withdraw(receipt, idempotencyKey);
        }
        withdrawCalls.add(new WithdrawCall(idempotencyKey, receipt.remoteId(), receipt.partIds()));
        Takedown takedown;
        synchronized (this) {
            takedown = takedowns.poll();
        }
        return switch (takedown) {
            case null -> Withdrawal.withdrawn("deleted " + receipt.partIds());
            case Takedown.Gone gone -> Withdrawal.alreadyGone(receipt.remoteId() + " was no longer there");
            case Takedown.Aired aired -> Withdrawal.aired("went out on air at 17:40 and cannot be taken back");
            case Takedown.TransientFailure f -> throw new PublishException.Transient("503 Service Unavailable");
            case Takedown.RateLimit limit -> throw new PublishException.RateLimited(limit.retryAt(), "429 Too Many Requests");
            case Takedown.PermanentFailure permanent -> throw new PublishException.Permanent(permanent.reason());
            case Takedown.AccountUnavailable unavailable -> throw new PublishException.AccountUnavailable(
                    unavailable.why(), unavailable.availableAt(), "daily call limit reached");
        };
    }

    /** Every call to withdraw, in call order. */
    public List<WithdrawCall> withdrawCalls() {
        return List.copyOf(withdrawCalls);
    }

    private boolean awaitRelease() {
        try {
            released.await();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A new publication, unless the key made one that the channel still remembers. */
    private synchronized PublishReceipt record(String idempotencyKey) {
        List<PublishReceipt> made = publishedByKey.computeIfAbsent(idempotencyKey,
                key -> Collections.synchronizedList(new ArrayList<>()));
        if (!made.isEmpty() && capabilities().honoursKeyAfter(
                Duration.between(made.getFirst().publishedAt(), clock.instant()))) {
            return made.getFirst();
        }
        int number = publications.incrementAndGet();
        List<String> parts = partsPerPublication == 1 ? List.of("remote-" + number)
                : java.util.stream.IntStream.rangeClosed(1, partsPerPublication)
                        .mapToObj(part -> "remote-" + number + "#" + part).toList();
        PublishReceipt receipt = new PublishReceipt(parts.getFirst(),
                URI.create("https://channel.example/" + channelId + "/" + number), clock.instant(), parts);
        made.add(receipt);
        return receipt;
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

    /** The content of every publish call, in call order. */
    public List<ChannelContent> contents() {
        return List.copyOf(contents);
    }

    /** Every call to reconcile, in call order. */
    public List<ReconcileCall> reconcileCalls() {
        return List.copyOf(reconcileCalls);
    }

    /** How many publications the channel really made. */
    public int publications() {
        return publications.get();
    }

    /** Lets hanging and slow calls finish. */
    public void release() {
        released.countDown();
    }
}

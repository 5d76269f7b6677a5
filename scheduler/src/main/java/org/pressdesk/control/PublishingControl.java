package org.pressdesk.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pressdesk.channel.ChannelPauses;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.channel.UnknownChannelException;
import org.pressdesk.connector.PublishException;
import org.pressdesk.dispatch.PauseBoard;
import org.pressdesk.post.ConcurrentTargetModificationException;
import org.pressdesk.post.PostRepository;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.post.TargetLifecycle;
import org.pressdesk.post.TargetState;
import org.pressdesk.queue.PublishQueue;
import org.pressdesk.system.Names;
import org.pressdesk.system.OfficeTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pausing and resuming publishing: everything, or one channel account. A pause is a row in the
 * database, so every node's dispatcher sees it at its next claim and leaves the channel's scheduled
 * targets waiting (not failed); publications already in flight finish and settle as usual.
 *
 * <p>When a scope is resumed, what fell due meanwhile goes out as the channel's pacing allows, except a
 * target that waited longer than {@code pressdesk.control.staleness} past its time: that one is HELD
 * back for a person to reschedule or cancel, since news published hours late by surprise can do harm.
 *
 * <p>A platform answer that the account cannot publish (quota used up, credentials expired) pauses the
 * channel the same way, with the platform's reason, and lifts itself at the time the platform gave.
 */
public class PublishingControl implements PauseBoard, ChannelPauses {

    /** Who the audit names for what Pressdesk itself paused or resumed. */
    static final String SYSTEM = "pressdesk";

    private static final Logger log = LoggerFactory.getLogger(PublishingControl.class);

    private final PauseStore store;
    private final ChannelRegistry channels;
    private final PostRepository posts;
    private final TargetLifecycle lifecycle;
    private final TransactionTemplate transactions;
    private final ControlProperties properties;
    private final OfficeTime time;
    private final Clock clock;

    public PublishingControl(JdbcClient jdbc, ChannelRegistry channels, PostRepository posts,
                             TargetLifecycle lifecycle, TransactionTemplate transactions, ControlProperties properties,
                             OfficeTime time, Clock clock) {
        this(new PauseStore(jdbc), channels, posts, lifecycle, transactions, properties, time, clock);
    }

    PublishingControl(PauseStore store, ChannelRegistry channels, PostRepository posts, TargetLifecycle lifecycle,
                      TransactionTemplate transactions, ControlProperties properties, OfficeTime time, Clock clock) {
        this.store = store;
        this.channels = channels;
        this.posts = posts;
        this.lifecycle = lifecycle;
        this.transactions = transactions;
        this.properties = properties;
        this.time = time;
        this.clock = clock;
    }

    /**
     * The stored scope a typed one names: {@code all}, or a configured channel id compared as names are.
     *
     * @throws UnknownChannelException for anything else
     */
    public String scopeOf(String typed) {
        if (Names.normalise(typed).equals("all")) {
            return Pause.ALL;
        }
        return channels.idOf(typed).orElseThrow(() -> new UnknownChannelException("scope", typed, channels.ids()));
    }

    /** Everything paused now, oldest first. */
    public List<Pause> pauses() {
        return store.all();
    }

    public List<ControlEvent> history() {
        return store.history();
    }

    /**
     * Pauses a scope.
     *
     * @param scope  {@link Pause#ALL} or a configured channel id ({@link #scopeOf})
     * @param reason why, for the audit and for whoever looks
     * @param actor  the normalised name of who pauses it
     * @throws AlreadyPausedException when the scope is paused already; nothing changes
     */
    public Pause pause(String scope, String reason, String actor) {
        Pause pause = new Pause(scope, PauseCause.PERSON, reason, actor, clock.instant(), null);
        try {
            transactions.executeWithoutResult(status -> {
                store.find(scope).ifPresent(existing -> {
                    throw new AlreadyPausedException(existing, time);
                });
                store.insert(pause);
                store.append(new ControlEvent(scope, ControlEvent.Action.PAUSE, actor, pause.pausedAt(), reason));
            });
        } catch (DuplicateKeyException pausedMeanwhile) {
            throw new AlreadyPausedException(store.find(scope).orElse(pause), time);
        }
        log.warn("Publishing paused ({}) by {}: {}", pause.scopeName(), actor, reason);
        return pause;
    }

    /**
     * Lifts a pause. Targets of the channels it frees that are overdue by more than the staleness are
     * held back for a person; the rest go out as each channel's pacing allows.
     *
     * @param scope  {@link Pause#ALL} or a configured channel id
     * @param actor  the normalised name of who resumes it
     * @param reason why, or null
     * @return the targets held back
     * @throws NotPausedException when the scope is not paused; nothing changes
     */
    public List<PublishTarget> resume(String scope, String actor, String reason) {
        List<PublishTarget> held = transactions.execute(status -> {
            Pause lifted = store.find(scope).orElseThrow(() -> notPaused(scope));
            if (!store.delete(scope)) {
                throw notPaused(scope);
            }
            Instant now = clock.instant();
            store.append(new ControlEvent(scope, ControlEvent.Action.RESUME, actor, now, reason));
            return holdBackStale(lifted, actor, now);
        });
        log.warn("Publishing resumed ({}) by {}; {} overdue target(s) held back for a person",
                scope.equals(Pause.ALL) ? "all" : scope, actor, held.size());
        return held;
    }

    private NotPausedException notPaused(String scope) {
        Optional<Pause> everything = scope.equals(Pause.ALL) ? Optional.empty() : store.find(Pause.ALL);
        return new NotPausedException(scope, everything.orElse(null), store.all(), time);
    }

    /**
     * Holds back the SCHEDULED targets of the channels a lifted pause frees (not those still paused on
     * their own or by a pause of everything) that are overdue by more than the staleness.
     */
    private List<PublishTarget> holdBackStale(Pause lifted, String actor, Instant now) {
        List<Pause> remaining = store.all();
        if (remaining.stream().anyMatch(Pause::isAll)) {
            return List.of();
        }
        Set<String> stillPaused = remaining.stream().map(Pause::scope).collect(Collectors.toSet());
        Duration staleness = properties.staleness();
        List<Long> stale = lifted.isAll()
                ? store.scheduledDueBefore(now.minus(staleness), null, stillPaused)
                : store.scheduledDueBefore(now.minus(staleness), List.of(lifted.scope()), Set.of());
        List<PublishTarget> held = new ArrayList<>();
        for (long targetId : stale) {
            PublishTarget target = posts.findTarget(targetId).orElseThrow();
            Duration late = Duration.between(target.nextAttemptAt(), now);
            held.add(lifecycle.move(target, target.withState(TargetState.HELD), actor, "held back when publishing "
                    + "resumed: due at " + time.show(target.nextAttemptAt()) + ", " + hours(late) + " ago, more than "
                    + "the " + hours(staleness) + " allowed (pressdesk.control.staleness); reschedule or cancel it"));
        }
        return held;
    }

    private static String hours(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + " h" : (minutes / 60) + " h " + (minutes % 60) + " min";
    }

    /**
     * Lifts the pauses whose resume time has come (one node does each; the others find it gone), then
     * answers what is paused.
     */
    @Override
    public PublishQueue.Paused beforeClaim(Instant now) {
        List<Pause> pauses = store.all();
        List<Pause> due = pauses.stream().filter(pause -> pause.resumeAt() != null && !pause.resumeAt().isAfter(now))
                .toList();
        for (Pause pause : due) {
            try {
                resume(pause.scope(), SYSTEM, "the platform's limit lifted at " + time.show(pause.resumeAt()));
            } catch (NotPausedException | ConcurrentTargetModificationException liftedElsewhere) {
                // another node lifted it first
            }
        }
        if (!due.isEmpty()) {
            pauses = store.all();
        }
        boolean everything = pauses.stream().anyMatch(Pause::isAll);
        return new PublishQueue.Paused(everything, pauses.stream().filter(pause -> !pause.isAll())
                .map(Pause::scope).collect(Collectors.toSet()));
    }

    @Override
    public Optional<PauseNote> pauseOf(String channelId) {
        List<Pause> pauses = store.all();
        return pauses.stream().filter(pause -> pause.scope().equals(channelId)).findFirst()
                .or(() -> pauses.stream().filter(Pause::isAll).findFirst())
                .map(pause -> new PauseNote(pause.scopeName(), pause.cause().name(), pause.reason(), pause.pausedBy(),
                        pause.pausedAt(), pause.resumeAt()));
    }

    /** Pauses the channel with the platform's reason, unless it is paused already. */
    @Override
    public void accountUnavailable(String channelId, PublishException.AccountUnavailable why) {
        Instant now = clock.instant();
        PauseCause cause = why.why() == PublishException.AccountUnavailable.Why.QUOTA_EXHAUSTED
                ? PauseCause.QUOTA : PauseCause.CREDENTIALS;
        Instant resumeAt = why.availableAt() != null && why.availableAt().isAfter(now) ? why.availableAt() : null;
        String reason = (cause == PauseCause.QUOTA ? "quota used up: " : "credentials refused: ") + why.getMessage()
                + (resumeAt != null ? "; resumes by itself at " + time.show(resumeAt)
                : cause == PauseCause.QUOTA ? "; the platform gave no time: resume it when the quota is back"
                : "; renew the credentials, then resume the channel");
        Pause pause = new Pause(channelId, cause, reason, SYSTEM, now, resumeAt);
        try {
            transactions.executeWithoutResult(status -> {
                if (store.find(channelId).isEmpty()) {
                    store.insert(pause);
                    store.append(new ControlEvent(channelId, ControlEvent.Action.PAUSE, SYSTEM, now, reason));
                    log.warn("Channel {} paused: {}", channelId, reason);
                }
            });
        } catch (DuplicateKeyException pausedMeanwhile) {
            // another node paused it first
        }
    }
}

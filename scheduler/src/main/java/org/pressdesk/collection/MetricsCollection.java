package org.pressdesk.collection;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.pressdesk.audience.FollowerCollector;
import org.pressdesk.engagement.EngagementReader;
import org.pressdesk.metrics.rollup.DailyRollup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the metrics collection: the day's follower snapshots that are due, the engagement reads that are
 * due, then the daily rollups of settled and changed days that reports read. Several nodes run it on a timer; ShedLock's lock row lets one of them at a time do the work, so the
 * channels are not asked once per node.
 */
public class MetricsCollection {

    /** The lock's name in table {@code shedlock}. */
    public static final String LOCK = "pressdesk-metrics-collection";

    private static final Logger log = LoggerFactory.getLogger(MetricsCollection.class);

    private final LockingTaskExecutor locks;
    private final FollowerCollector followers;
    private final EngagementReader engagement;
    private final DailyRollup rollup;
    private final ZoneId zone;
    private final Duration lockAtMostFor;
    private final Clock clock;

    public MetricsCollection(LockingTaskExecutor locks, FollowerCollector followers, EngagementReader engagement,
                             DailyRollup rollup, ZoneId zone, Duration lockAtMostFor, Clock clock) {
        this.locks = locks;
        this.followers = followers;
        this.engagement = engagement;
        this.rollup = rollup;
        this.zone = zone;
        this.lockAtMostFor = lockAtMostFor;
        this.clock = clock;
    }

    /**
     * Runs the collection unless another node is running it.
     *
     * @return whether this node ran it
     */
    public boolean run() {
        try {
            return locks.executeWithLock(() -> {
                followers.collectDue();
                engagement.readDue();
                rollup.rollUp(clock.instant().atZone(zone).toLocalDate());
                return Boolean.TRUE;
            }, new LockConfiguration(clock.instant(), LOCK, lockAtMostFor, Duration.ZERO)).wasExecuted();
        } catch (Throwable failure) {
            log.warn("The metrics collection failed; it runs again on its next turn", failure);
            return false;
        }
    }
}

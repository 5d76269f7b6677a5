package org.pressdesk.collection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The metrics collection: follower snapshots and engagement reads, run on one node of the cluster at a time.
 *
 * @param collect            run the collection on this node (several nodes may; a lock lets one run at a time)
 * @param every              how often the collection looks for work
 * @param lockAtMostFor      how long a node that died mid-run keeps the others from running
 * @param followersAt        the office-zone time of day from which the day's follower snapshot is taken
 * @param followerRetryAfter how long after a failed follower read the same day it is tried again
 * @param engagement         how engagement reads are rationed
 */
@ConfigurationProperties("pressdesk.metrics")
@Validated
public record MetricsProperties(@DefaultValue("true") boolean collect,
                                @DefaultValue("15m") @NotNull Duration every,
                                @DefaultValue("30m") @NotNull Duration lockAtMostFor,
                                @DefaultValue("00:30") @NotNull LocalTime followersAt,
                                @DefaultValue("1h") @NotNull Duration followerRetryAfter,
                                @DefaultValue @Valid @NotNull Engagement engagement) {

    /**
     * Engagement reads' own budget, apart from publishing's.
     *
     * @param readsPerDay     engagement reads per channel in any 24 hours (a channel may set its own)
     * @param perRun          the most engagement reads per channel in one collection run
     * @param channels        per channel id: its own {@code reads-per-day} and the platform's {@code calls-per-day}
     * @param reserveShare    of a channel's {@code calls-per-day}, the share (0–1) kept free for publishing beyond
     *                        what it used in the last 24 hours and what is scheduled for the next 24 hours
     */
    public record Engagement(@DefaultValue("48") @Min(0) int readsPerDay,
                             @DefaultValue("20") @Min(1) int perRun,
                             @DefaultValue Map<String, @Valid Channel> channels,
                             @DefaultValue("0.2") @DecimalMin("0") @DecimalMax("1") double reserveShare) {

        public Engagement {
            channels = channels == null ? Map.of() : Map.copyOf(channels);
        }

        public int readsPerDay(String channelId) {
            Channel channel = channels.get(channelId);
            return channel == null || channel.readsPerDay() == null ? readsPerDay : channel.readsPerDay();
        }

        /** The platform's calls per day for the account (Weibo: about 100), or null when not limited by day. */
        public Integer callsPerDay(String channelId) {
            Channel channel = channels.get(channelId);
            return channel == null ? null : channel.callsPerDay();
        }
    }

    /**
     * One channel's limits.
     *
     * @param readsPerDay engagement reads in any 24 hours; default {@code engagement.reads-per-day}
     * @param callsPerDay the platform's allowance of API calls a day for the account, shared by publishing and
     *                    reads; null when the platform limits by the minute (X, Mastodon) rather than by day
     */
    public record Channel(@Min(0) Integer readsPerDay, @Min(1) Integer callsPerDay) {
    }
}

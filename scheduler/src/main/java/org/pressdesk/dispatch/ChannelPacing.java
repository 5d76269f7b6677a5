package org.pressdesk.dispatch;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps each channel's posts apart as its pacing settings say (a minimum gap, most posts per hour and
 * per day, quiet hours). The decision and the start of the publication are made together, under a
 * lock every node shares, so two nodes can never both decide that the same free moment is theirs.
 */
public interface ChannelPacing {

    /** No pacing on any channel. */
    ChannelPacing NONE = (channelId, now, start) -> {
        start.run();
        return Optional.empty();
    };

    /**
     * Runs {@code start} (which moves the target to PUBLISHING) if the channel may publish at {@code now};
     * otherwise runs nothing and says until when the target must wait, and why.
     *
     * @param channelId the channel
     * @param now       the current instant
     * @param start     starts the publication
     * @return empty when started; the wait otherwise
     */
    Optional<Wait> startOrWait(String channelId, Instant now, Runnable start);

    /** A setting that can hold a post back. */
    enum Rule {
        MIN_GAP, MAX_PER_HOUR, MAX_PER_DAY, QUIET_HOURS;

        /** As in the settings: {@code min-gap}, {@code quiet-hours}. */
        public String settingName() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /**
     * Whether the channel has pacing settings; one without may start its publications in a batch, without
     * {@link #startOrWait}.
     */
    default boolean paces(String channelId) {
        return this != NONE;
    }

    /**
     * @param until the earliest instant the channel may publish again
     * @param why   which setting holds it back, for the target's history
     * @param rules the settings that moved the time, for the meters
     */
    record Wait(Instant until, String why, Set<Rule> rules) {

        public Wait {
            rules = rules.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rules));
        }

        /** The rules as one meter tag, in a fixed order: {@code min-gap+quiet-hours}. */
        public String cause() {
            return rules.isEmpty() ? "pacing" : EnumSet.copyOf(rules).stream().map(Rule::settingName)
                    .collect(Collectors.joining("+"));
        }
    }
}

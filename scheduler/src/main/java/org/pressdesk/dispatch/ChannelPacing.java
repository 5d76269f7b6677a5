package org.pressdesk.dispatch;

import java.time.Instant;
import java.util.Optional;

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
     */
    record Wait(Instant until, String why) {
    }
}

package org.pressdesk.channel;

import java.time.Instant;
import java.util.Optional;

/** What the emergency controls say about one channel, for the channel list. */
public interface ChannelPauses {

    /** Nothing is ever paused. */
    ChannelPauses NONE = channelId -> Optional.empty();

    /**
     * The pause that stops the channel now: its own, else a pause of everything.
     *
     * @param channelId a configured channel
     * @return the pause, if the channel is paused
     */
    Optional<PauseNote> pauseOf(String channelId);

    /**
     * @param scope    {@code all} or the channel id
     * @param cause    PERSON, QUOTA or CREDENTIALS
     * @param resumeAt when it lifts itself; null when a person must resume it
     */
    record PauseNote(String scope, String cause, String reason, String pausedBy, Instant pausedAt, Instant resumeAt) {
    }
}

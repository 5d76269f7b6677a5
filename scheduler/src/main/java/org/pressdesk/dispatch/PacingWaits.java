package org.pressdesk.dispatch;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The meter {@value #METER}: each time the dispatcher holds a due target back instead of sending it, how long
 * for, tagged by {@code channel} and {@code cause} — the pacing settings that moved it ({@code min-gap},
 * {@code max-per-hour}, {@code max-per-day}, {@code quiet-hours}, joined with {@code +} when several did),
 * {@code paused} (claimed, but its channel was paused meanwhile) or {@code account-unavailable} (the channel
 * answered that the account cannot publish, and was paused). A paused channel's targets that are never claimed
 * wait in the queue instead, and show in its depth and lag.
 */
public interface PacingWaits {

    String METER = "pressdesk.dispatch.pacing.waits";

    /** Counts nothing: for tools and tests that run a dispatcher without meters. */
    PacingWaits NONE = (channelId, cause, wait) -> { };

    /**
     * @param channelId the channel
     * @param cause     why, as the {@code cause} tag
     * @param wait      until the target is due again
     */
    void delayed(String channelId, String cause, Duration wait);

    /** Records on {@code meters}. */
    static PacingWaits on(MeterRegistry meters) {
        return (channelId, cause, wait) -> Timer.builder(METER)
                .description("Due targets held back by their channel's pacing or a pause, and for how long")
                .tag("channel", channelId).tag("cause", cause).register(meters)
                .record(wait.isNegative() ? Duration.ZERO : wait);
    }
}

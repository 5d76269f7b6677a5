package org.pressdesk.metrics.audience;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Listeners of a radio channel, entered by staff for one episode or one month (radio has no follower count).
 *
 * @param channelId    the radio channel account
 * @param period       an episode or a month
 * @param periodStart  the episode's air date, or the month's first day
 * @param listeners    how many listened
 * @param minutesOnAir how long the episode was on air (for a month: all its episodes); null when not known
 * @param enteredBy    who entered it (normalised name)
 * @param enteredAt    when
 */
public record ListenerFigure(String channelId, Period period, LocalDate periodStart, long listeners,
                             Integer minutesOnAir, String enteredBy, Instant enteredAt) {

    public ListenerFigure {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(enteredBy, "enteredBy");
        Objects.requireNonNull(enteredAt, "enteredAt");
        if (listeners < 0) {
            throw new IllegalArgumentException("listeners must be >= 0");
        }
        if (minutesOnAir != null && minutesOnAir < 0) {
            throw new IllegalArgumentException("minutesOnAir must be >= 0");
        }
        if (period == Period.MONTH && periodStart.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a month's figure starts on its first day");
        }
    }

    /** What one figure covers. */
    public enum Period {
        EPISODE, MONTH
    }
}

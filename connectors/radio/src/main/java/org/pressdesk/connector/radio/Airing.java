package org.pressdesk.connector.radio;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One episode's slot on air.
 *
 * @param date   the local air date, which names the episode
 * @param airsAt when it goes on air
 */
public record Airing(LocalDate date, ZonedDateTime airsAt) {

    /** When the episode stops taking items. */
    public Instant closesAt(Duration closesBeforeAir) {
        return airsAt.toInstant().minus(closesBeforeAir);
    }

    /** Whether it has gone on air by this instant: its script is then final. */
    public boolean airedBy(Instant instant) {
        return !airsAt.toInstant().isAfter(instant);
    }
}

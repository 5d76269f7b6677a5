package org.pressdesk.connector.radio;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a segment airs: on some weekdays at one local time. An episode closes a while before it airs
 * (the script must be in the studio); an item that comes later joins the following episode.
 *
 * @param weekdays        the days it airs, e.g. Monday, Wednesday and Friday
 * @param airTime         the local time it airs
 * @param zone            the station's time zone
 * @param closesBeforeAir how long before air time the episode stops taking items
 */
public record AirSchedule(Set<DayOfWeek> weekdays, LocalTime airTime, ZoneId zone, Duration closesBeforeAir) {

    public AirSchedule {
        if (weekdays.isEmpty()) {
            throw new IllegalArgumentException("a segment airs on at least one weekday");
        }
        weekdays = Set.copyOf(EnumSet.copyOf(weekdays));
        Objects.requireNonNull(airTime, "airTime");
        Objects.requireNonNull(zone, "zone");
        if (closesBeforeAir.isNegative()) {
            throw new IllegalArgumentException("closesBeforeAir must not be negative");
        }
    }

    /** The first episode still open at this instant: it airs on a segment day and has not closed yet. */
    public Airing firstOpenAt(Instant instant) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        for (int i = 0; i <= 7; i++) {
            Airing candidate = airingOn(day.plusDays(i));
            if (candidate != null && !candidate.closesAt(closesBeforeAir).isBefore(instant)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no airing within a week of " + instant);
    }

    /** The episode after this one. */
    public Airing after(Airing airing) {
        for (int i = 1; i <= 7; i++) {
            Airing candidate = airingOn(airing.date().plusDays(i));
            if (candidate != null) {
                return candidate;
            }
        }
        throw new IllegalStateException("no airing within a week after " + airing.date());
    }

    /** The episode airing on this day, or null when the segment is not on that day. */
    public Airing airingOn(LocalDate day) {
        return weekdays.contains(day.getDayOfWeek()) ? new Airing(day, day.atTime(airTime).atZone(zone)) : null;
    }
}

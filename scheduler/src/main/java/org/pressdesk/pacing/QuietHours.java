package org.pressdesk.pacing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** A time of day nothing goes out, in the office's zone; it may run past midnight ({@code 22:00-07:00}). */
record QuietHours(LocalTime start, LocalTime end) {

    /**
     * @throws IllegalArgumentException when the text is not {@code HH:mm-HH:mm} with two different times
     */
    static QuietHours parse(String text) {
        String[] ends = text.strip().split("\\s*-\\s*");
        if (ends.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not a time range; write it as 22:00-07:00");
        }
        try {
            LocalTime start = LocalTime.parse(ends[0]);
            LocalTime end = LocalTime.parse(ends[1]);
            if (start.equals(end)) {
                throw new IllegalArgumentException("'" + text + "' starts and ends at the same time");
            }
            return new QuietHours(start, end);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time range; write it as 22:00-07:00");
        }
    }

    boolean contains(LocalTime time) {
        return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /** How long a day the channel may publish: from the end of the quiet hours to their next start. */
    Duration open() {
        Duration quiet = Duration.between(start, end);
        if (quiet.isNegative()) {
            quiet = quiet.plusDays(1);
        }
        return Duration.ofDays(1).minus(quiet);
    }

    /** The first instant at or after {@code at} outside the quiet hours. */
    Instant endAfter(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return at;
        }
        ZonedDateTime end = ZonedDateTime.of(local.toLocalDate(), this.end, zone);
        if (!end.isAfter(local)) {
            end = ZonedDateTime.of(local.toLocalDate().plusDays(1), this.end, zone);
        }
        return end.toInstant();
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}

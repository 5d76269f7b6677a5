package org.pressdesk.system;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * Turns times as staff type them (in the office's zone, or a zone they name) into UTC instants,
 * and instants back into the office's local time.
 */
@Component
public class OfficeTime {

    /** What a request may say instead of a time to mean "as soon as possible". */
    public static final String NOW = "now";

    private final OfficeProperties office;
    private final Clock clock;

    public OfficeTime(OfficeProperties office, Clock clock) {
        this.office = office;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Resolves a zone name; null or blank means the office's zone.
     *
     * @throws InvalidTimeException for a zone that does not exist
     */
    public ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            return office.zone();
        }
        try {
            return ZoneId.of(name.trim());
        } catch (DateTimeException e) {
            throw new InvalidTimeException("timeZone", "unknown time zone '" + name + "'");
        }
    }

    /**
     * Parses a publishing time: {@code now}, an ISO date-time with an offset
     * ({@code 2011-12-30T15:00:00+08:00}), or a local one ({@code 2011-12-30T15:00}) read in {@code zone}.
     *
     * @param field the request field, for the error
     * @throws InvalidTimeException when the text is no time
     */
    public Instant parse(String field, String text, ZoneId zone) {
        String value = text.trim();
        if (value.equalsIgnoreCase(NOW)) {
            return clock.instant().truncatedTo(ChronoUnit.SECONDS);
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                throw new InvalidTimeException(field, "'" + text + "' is not a time; use 'now', 2011-12-30T15:00 "
                        + "(in the office's zone or timeZone) or 2011-12-30T15:00:00+08:00");
            }
        }
    }

    /**
     * Refuses a publishing time further in the past than the grace allows.
     *
     * @throws InvalidTimeException when it is
     */
    public Instant requireNotPast(String field, Instant at) {
        if (at.isBefore(clock.instant().minus(office.pastGrace()))) {
            throw new InvalidTimeException(field, show(at) + " is in the past");
        }
        return at;
    }

    public OffsetDateTime show(Instant instant) {
        return instant == null ? null
                : instant.truncatedTo(ChronoUnit.SECONDS).atZone(office.zone()).toOffsetDateTime();
    }

    /** The instant a local date starts in the office's zone. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(office.zone()).toInstant();
    }
}

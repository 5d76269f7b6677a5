package org.pressdesk.system;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(value);
            } catch (DateTimeParseException notLocal) {
                throw new InvalidTimeException(field, "'" + text + "' is not a time; use 'now', 2011-12-30T15:00 "
                        + "(in the office's zone or timeZone) or 2011-12-30T15:00:00+08:00");
            }
            return inZone(field, local, zone);
        }
    }

    /**
     * The one instant a local time names in a zone. A time the clocks skip when they go forward, or
     * pass twice when they go back, names none or two: it is refused rather than silently moved.
     */
    private static Instant inZone(String field, LocalDateTime local, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.size() == 1) {
            return local.toInstant(offsets.getFirst());
        }
        String time = local.truncatedTo(ChronoUnit.MINUTES).toString();
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = zone.getRules().getTransition(local);
            throw new InvalidTimeException(field, time + " does not exist in " + zone.getId() + ": the clocks go "
                    + "forward from " + gap.getDateTimeBefore().toLocalTime() + " to "
                    + gap.getDateTimeAfter().toLocalTime() + " that day (at " + gap.getInstant()
                    + "); give a time outside the gap, or one with an offset");
        }
        throw new InvalidTimeException(field, time + " happens twice in " + zone.getId() + " as the clocks go "
                + "back: " + offsets.stream().map(offset -> local.atOffset(offset) + " (" + local.toInstant(offset) + ")")
                .collect(Collectors.joining(" and ")) + "; give the time with the offset you mean");
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

    /**
     * Refuses a publishing time further in the past than the grace allows, or further ahead than
     * the scheduling horizon (a year mistyped, 2062 for 2026, is not a plan).
     *
     * @throws InvalidTimeException when it is
     */
    public Instant requireSchedulable(String field, Instant at) {
        requireNotPast(field, at);
        ZonedDateTime latest = clock.instant().atZone(office.zone()).plus(office.schedulingHorizon());
        if (at.isAfter(latest.toInstant())) {
            throw new InvalidTimeException(field, show(at) + " is more than " + describe(office.schedulingHorizon())
                    + " ahead (pressdesk.office.scheduling-horizon); the latest time accepted now is "
                    + show(latest.toInstant().truncatedTo(ChronoUnit.MINUTES)));
        }
        return at;
    }

    public OffsetDateTime show(Instant instant) {
        return instant == null ? null
                : instant.truncatedTo(ChronoUnit.SECONDS).atZone(office.zone()).toOffsetDateTime();
    }

    /** {@code 2 years}, {@code 1 year 6 months}. */
    private static String describe(Period period) {
        List<String> parts = new ArrayList<>();
        unit(parts, period.getYears(), "year");
        unit(parts, period.getMonths(), "month");
        unit(parts, period.getDays(), "day");
        return parts.isEmpty() ? "0 days" : String.join(" ", parts);
    }

    private static void unit(List<String> parts, int count, String unit) {
        if (count != 0) {
            parts.add(count + " " + unit + (Math.abs(count) == 1 ? "" : "s"));
        }
    }

    /** The instant a local date starts in the office's zone. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(office.zone()).toInstant();
    }

    /** The instant today began in the office's zone. */
    public Instant startOfToday() {
        return startOf(LocalDate.now(clock.withZone(office.zone())));
    }
}

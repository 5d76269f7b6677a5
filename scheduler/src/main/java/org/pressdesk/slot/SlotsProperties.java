package org.pressdesk.slot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pressdesk.system.Names;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The posting slots of each channel ({@code pressdesk.slots.<channel>}): when in the office's day its
 * posts go out, filled by {@code "scheduledAt": "next-slot"} and by the daily publishing run. A channel
 * without an entry has no slots.
 *
 * @param slots the slots by channel id (compared as {@link Names} compares ids)
 */
@ConfigurationProperties("pressdesk")
@Validated
public record SlotsProperties(@DefaultValue Map<String, @Valid Slots> slots) {

    public SlotsProperties {
        slots = Map.copyOf(slots);
    }

    /** The slots of a channel, if it has any. */
    public Optional<Slots> of(String channel) {
        String wanted = Names.normalise(channel);
        return slots.entrySet().stream().filter(entry -> Names.normalise(entry.getKey()).equals(wanted))
                .map(Map.Entry::getValue).findFirst();
    }

    /**
     * One channel's slots, as times of day in the office's zone: either listed ({@code times}) or
     * every {@code minimum-gap} from {@code first} to {@code last}.
     *
     * @param times      the times of day, e.g. {@code 09:00,12:00,15:30}; or leave empty and give first, last and gap
     * @param first      the first slot of the day, e.g. {@code 08:00} (with {@code last} and {@code minimum-gap})
     * @param last       the latest time a slot may start, e.g. {@code 22:00}
     * @param minimumGap the time between one slot and the next from {@code first}, e.g. {@code 30m}
     * @param maxPerDay  at most this many posts of the channel a day (every post scheduled that day counts,
     *                   also those given a time by hand); empty for no limit beyond the slots themselves
     * @param daysOff    weekdays without slots, e.g. {@code SATURDAY,SUNDAY}
     * @param datesOff   dates without slots, e.g. public holidays {@code 2026-10-01}
     */
    public record Slots(@DefaultValue List<LocalTime> times, LocalTime first, LocalTime last, Duration minimumGap,
                        @Positive Integer maxPerDay, @DefaultValue Set<DayOfWeek> daysOff,
                        @DefaultValue Set<LocalDate> datesOff) {

        public Slots {
            times = List.copyOf(new TreeSet<>(times));
            daysOff = Set.copyOf(daysOff);
            datesOff = Set.copyOf(datesOff);
            boolean range = first != null || last != null || minimumGap != null;
            if (!times.isEmpty() && range) {
                throw new IllegalArgumentException("give either times, or first, last and minimum-gap, not both");
            }
            if (times.isEmpty() && (first == null || last == null || minimumGap == null)) {
                throw new IllegalArgumentException("give times (e.g. 09:00,12:00), or first, last and minimum-gap");
            }
            if (range && (minimumGap.isNegative() || minimumGap.isZero())) {
                throw new IllegalArgumentException("minimum-gap must be positive, not " + minimumGap);
            }
            if (range && last.isBefore(first)) {
                throw new IllegalArgumentException("last (" + last + ") is before first (" + first + ")");
            }
            if (daysOff.size() == DayOfWeek.values().length) {
                throw new IllegalArgumentException("every weekday is a day off: no slot would ever be free");
            }
        }

        /** Slots given as a list of times of day. */
        public static Slots at(LocalTime... times) {
            return new Slots(List.of(times), null, null, null, null, Set.of(), Set.of());
        }

        /** Slots every {@code gap} from {@code first} to {@code last}. */
        public static Slots every(Duration gap, LocalTime first, LocalTime last) {
            return new Slots(List.of(), first, last, gap, null, Set.of(), Set.of());
        }

        public Slots withMaxPerDay(int max) {
            return new Slots(times, first, last, minimumGap, max, daysOff, datesOff);
        }

        public Slots withDaysOff(DayOfWeek... days) {
            return new Slots(times, first, last, minimumGap, maxPerDay, Set.of(days), datesOff);
        }

        public Slots withDatesOff(LocalDate... dates) {
            return new Slots(times, first, last, minimumGap, maxPerDay, daysOff, Set.of(dates));
        }

        /** The day's slot times in order. */
        public List<LocalTime> timesOfDay() {
            if (!times.isEmpty()) {
                return times;
            }
            List<LocalTime> day = new ArrayList<>();
            for (LocalTime time = first; !time.isAfter(last); ) {
                day.add(time);
                LocalTime next = time.plus(minimumGap);
                if (!next.isAfter(time)) {
                    break; // past midnight
                }
                time = next;
            }
            return day;
        }
    }
}

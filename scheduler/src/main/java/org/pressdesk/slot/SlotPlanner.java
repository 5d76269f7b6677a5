package org.pressdesk.slot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pressdesk.slot.SlotsProperties.Slots;

/**
 * Finds a channel's next free posting slots ({@link SlotsProperties}) in the office's zone.
 *
 * <p>A slot is free when no post of the channel is scheduled at that very instant and its day has
 * not reached {@code max-per-day}; slots fill in order and spill to the next day that is not a day
 * off. On a day the clocks go forward a slot time that does not exist is skipped; on a day they go
 * back a time that happens twice is one slot, the earlier.
 */
public class SlotPlanner {

    /** How far ahead to look: beyond a year, settings that leave no free slot are a mistake, not a plan. */
    private static final int SEARCH_DAYS = 400;

    private final SlotsProperties properties;
    private final ZoneId zone;

    /**
     * @param properties the channels' slots
     * @param zone       the office's zone, whose days and times of day slots are
     */
    public SlotPlanner(SlotsProperties properties, ZoneId zone) {
        this.properties = properties;
        this.zone = zone;
    }

    /**
     * The channel's next {@code count} free slots at or after {@code start}, earliest first (fewer when
     * the settings leave fewer within a year).
     *
     * @param channel the channel id
     * @param start   no slot before this instant
     * @param taken   when the channel's posts are already scheduled; for {@code max-per-day} to count
     *                them, give at least those from the start of {@code start}'s office day
     * @param count   how many slots are wanted
     * @throws NoSlotsException when the channel has no slots configured
     */
    public List<Instant> nextFree(String channel, Instant start, Collection<Instant> taken, int count) {
        Slots slots = properties.of(channel).orElseThrow(() -> new NoSlotsException(channel));
        Set<Instant> takenAt = new HashSet<>(taken);
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (Instant at : taken) {
            perDay.merge(at.atZone(zone).toLocalDate(), 1, Integer::sum);
        }
        List<LocalTime> times = slots.timesOfDay();
        List<Instant> free = new ArrayList<>();
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < SEARCH_DAYS && free.size() < count; i++, day = day.plusDays(1)) {
            if (slots.daysOff().contains(day.getDayOfWeek()) || slots.datesOff().contains(day)) {
                continue;
            }
            int used = perDay.getOrDefault(day, 0);
            for (LocalTime time : times) {
                if (free.size() == count || slots.maxPerDay() != null && used >= slots.maxPerDay()) {
                    break;
                }
                List<ZoneOffset> offsets = zone.getRules().getValidOffsets(day.atTime(time));
                if (offsets.isEmpty()) {
                    continue; // the clocks skip this time today
                }
                Instant slot = day.atTime(time).toInstant(offsets.getFirst());
                if (!slot.isBefore(start) && !takenAt.contains(slot)) {
                    free.add(slot);
                    used++;
                }
            }
        }
        return free;
    }
}

package org.pressdesk.slot;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.OfficeProperties;
import org.springframework.stereotype.Component;

/**
 * {@code "scheduledAt": "next-slot"}: a channel's next free slot from now, given what is already
 * scheduled on it.
 *
 * <p>Two requests at the same moment may be given the same slot, and so may two posts not yet
 * approved (only SCHEDULED, APPROVED, PUBLISHING and PUBLISHED targets hold a slot). This is
 * accepted: a slot is a suggestion the approver sees and can change, and a shared slot publishes
 * both posts, one after the other; nothing is lost.
 */
@Component
public class NextSlots {

    /** What a request may say instead of a time. */
    public static final String NEXT_SLOT = "next-slot";

    private final SlotPlanner planner;
    private final TakenSlots taken;
    private final Clock clock;
    private final ZoneId zone;

    public NextSlots(SlotPlanner planner, TakenSlots taken, Clock clock, OfficeProperties office) {
        this.planner = planner;
        this.taken = taken;
        this.clock = clock;
        this.zone = office.zone();
    }

    public static boolean asks(String scheduledAt) {
        return scheduledAt != null && scheduledAt.strip().equalsIgnoreCase(NEXT_SLOT);
    }

    /**
     * The channel's next free slot from now.
     *
     * @param field the request field, for the error
     * @throws InvalidFieldException when the channel has no slots, or none free within a year
     */
    public Instant next(String field, String channel) {
        Instant now = clock.instant();
        Instant startOfDay = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        List<Instant> free;
        try {
            free = planner.nextFree(channel, now, taken.of(channel, startOfDay), 1);
        } catch (NoSlotsException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
        if (free.isEmpty()) {
            throw new InvalidFieldException(field, "channel '" + channel + "' has no free slot within a year");
        }
        return free.getFirst();
    }
}

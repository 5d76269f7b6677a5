package org.pressdesk.slot;

import java.time.Instant;
import java.util.List;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.OfficeTime;
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
    private final OfficeTime time;

    public NextSlots(SlotPlanner planner, TakenSlots taken, OfficeTime time) {
        this.planner = planner;
        this.taken = taken;
        this.time = time;
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
        List<Instant> free;
        try {
            free = planner.nextFree(channel, time.now(), taken.of(channel, time.startOfToday()), 1);
        } catch (NoSlotsException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
        if (free.isEmpty()) {
            throw new InvalidFieldException(field, "channel '" + channel + "' has no free slot within a year");
        }
        return free.getFirst();
    }
}

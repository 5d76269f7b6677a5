package org.pressdesk.connector;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The time zone of the press office Pressdesk serves, as the application declares it (a bean; the scheduler's
 * {@code pressdesk.office.zone}). Whatever shows local dates and times defaults to it unless configured
 * otherwise: the templates' dates, a radio segment's air time. Without such a bean: {@link #DEFAULT}.
 *
 * @param zone the office's zone
 */
public record OfficeZone(ZoneId zone) {

    /** Beijing time, where the office this was built for works. */
    public static final OfficeZone DEFAULT = new OfficeZone(ZoneId.of("Asia/Shanghai"));

    public OfficeZone {
        Objects.requireNonNull(zone, "zone");
    }
}

package org.pressdesk.template;

import java.time.ZoneId;
import org.pressdesk.connector.OfficeZone;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the template renderer, under {@code pressdesk.templates}.
 *
 * @param zone the zone a post's {@code date} is its scheduled day in; unset, the office's zone (the application's
 *             {@link OfficeZone}: {@code pressdesk.office.zone} in the scheduler)
 */
@ConfigurationProperties("pressdesk.templates")
public record TemplateProperties(ZoneId zone) {

    /** The zone set here, or else the office's. */
    public ZoneId zoneOr(OfficeZone office) {
        return zone != null ? zone : office.zone();
    }
}

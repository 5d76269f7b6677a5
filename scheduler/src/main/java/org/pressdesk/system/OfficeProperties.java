package org.pressdesk.system;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The press office Pressdesk serves.
 *
 * @param zone              the office's time zone: times are entered and shown in it, stored in UTC; also the
 *                          zone of template dates and radio air times unless {@code pressdesk.templates.zone}
 *                          or a segment's {@code zone} is set
 * @param pastGrace         how far in the past a requested publishing time may lie and still mean "now"
 * @param schedulingHorizon how far ahead a publishing time may lie (e.g. {@code 2y}, {@code 18m}); a time
 *                          further ahead is refused as a typing mistake
 */
@ConfigurationProperties("pressdesk.office")
@Validated
public record OfficeProperties(@DefaultValue("Asia/Shanghai") @NotNull ZoneId zone,
                               @DefaultValue("5m") @NotNull Duration pastGrace,
                               @DefaultValue("2y") @NotNull Period schedulingHorizon) {
}

package org.pressdesk.control;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Emergency control of publishing.
 *
 * @param staleness how late a target may go out once publishing resumes after a pause: one that waited longer
 *                  than this past its time is held back for a person to reschedule or cancel, never published
 *                  late by surprise
 */
@ConfigurationProperties("pressdesk.control")
@Validated
public record ControlProperties(@DefaultValue("6h") @NotNull Duration staleness) {
}

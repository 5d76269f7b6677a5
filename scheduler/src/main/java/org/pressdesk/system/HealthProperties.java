package org.pressdesk.system;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What {@code /actuator/health} reports.
 *
 * @param databaseTimeout how long health waits for the database to answer before it says DOWN
 */
@ConfigurationProperties("pressdesk.health")
@Validated
public record HealthProperties(@DefaultValue("1s") @NotNull Duration databaseTimeout) {
}

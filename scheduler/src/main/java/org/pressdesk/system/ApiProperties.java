package org.pressdesk.system;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The REST API.
 *
 * @param maxRequestSize the largest request body accepted; larger ones get 413 before anything is read
 */
@ConfigurationProperties("pressdesk.api")
@Validated
public record ApiProperties(@DefaultValue("64KB") @NotNull DataSize maxRequestSize) {
}

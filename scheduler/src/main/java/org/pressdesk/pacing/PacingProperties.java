package org.pressdesk.pacing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Each channel account's pacing, read from beside its other settings ({@code pressdesk.channels.<id>.pacing});
 * the rest of a channel's settings are {@link org.pressdesk.channel.ChannelsProperties}'.
 *
 * @param channels the channels, by id; only their {@code pacing} is read here
 */
@ConfigurationProperties("pressdesk")
@Validated
public record PacingProperties(@DefaultValue Map<String, @Valid Channel> channels) {

    /** @param pacing how far apart the channel's posts go out; absent = as soon as they are due */
    public record Channel(@Valid Pacing pacing) {
    }

    /**
     * How far apart one channel's posts go out. Every setting is optional.
     *
     * @param minGap     the least time between two posts
     * @param maxPerHour the most posts in any 60 minutes
     * @param maxPerDay  the most posts in one day of the office's calendar
     * @param quietHours a time of day, in the office's zone, nothing goes out: {@code 22:00-07:00}
     */
    public record Pacing(Duration minGap, @Min(1) Integer maxPerHour, @Min(1) Integer maxPerDay, String quietHours) {
    }
}

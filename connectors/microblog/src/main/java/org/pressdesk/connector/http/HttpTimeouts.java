package org.pressdesk.connector.http;

import java.time.Duration;
import java.util.Objects;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.springframework.boot.convert.DurationStyle;

/**
 * How long a connector waits for a remote API.
 *
 * @param connect how long to wait for the connection; a request that times out here was never sent
 * @param read    how long to wait for the answer once the request is sent; a request that times out
 *                here may have been carried out
 */
public record HttpTimeouts(Duration connect, Duration read) {

    public static final HttpTimeouts DEFAULT = new HttpTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));

    public HttpTimeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(read, "read");
        if (connect.isNegative() || connect.isZero() || read.isNegative() || read.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /**
     * Reads the optional settings {@code connect-timeout} and {@code read-timeout} ({@code 5s},
     * {@code 500ms}, {@code PT30S}; a bare number is milliseconds).
     */
    public static HttpTimeouts from(ChannelAccount account) {
        return new HttpTimeouts(duration(account, "connect-timeout", DEFAULT.connect()),
                duration(account, "read-timeout", DEFAULT.read()));
    }

    private static Duration duration(ChannelAccount account, String key, Duration fallback) {
        return account.setting(key).map(value -> {
            try {
                Duration duration = DurationStyle.detectAndParse(value.trim());
                if (duration.isNegative() || duration.isZero()) {
                    throw new IllegalArgumentException();
                }
                return duration;
            } catch (IllegalArgumentException e) {
                throw new InvalidChannelConfigurationException(account.id(),
                        "setting '" + key + "' must be a positive duration such as 5s or 500ms, was '" + value + "'");
            }
        }).orElse(fallback);
    }
}

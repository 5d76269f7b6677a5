package org.pressdesk.connector.x;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.pressdesk.connector.AccountStatus;

/**
 * What X's last answer to {@code POST /2/tweets} said about the account's posting limits: the 24-hour
 * user limit when X sends it ({@code x-user-limit-24hour-remaining}/{@code -reset}), else the endpoint's
 * window ({@code x-rate-limit-remaining}/{@code -reset}). X tells nothing about token expiry: OAuth 1.0a
 * user tokens do not expire.
 */
final class XPostingLimits {

    private final Clock clock;
    private final AtomicReference<AccountStatus> last = new AtomicReference<>(AccountStatus.UNKNOWN);

    XPostingLimits(Clock clock) {
        this.clock = clock;
    }

    /** Notes the limits of an answer to a post; answers without limit headers leave what was known. */
    void saw(HttpHeaders headers) {
        Optional<Integer> remaining = number(headers, "x-user-limit-24hour-remaining").map(Long::intValue);
        Optional<Instant> reset = number(headers, "x-user-limit-24hour-reset").map(Instant::ofEpochSecond);
        if (remaining.isEmpty()) {
            remaining = number(headers, "x-rate-limit-remaining").map(Long::intValue);
            reset = number(headers, "x-rate-limit-reset").map(Instant::ofEpochSecond);
        }
        if (remaining.isPresent()) {
            last.set(new AccountStatus(null, remaining.get(), reset.orElse(null), clock.instant()));
        }
    }

    AccountStatus last() {
        return last.get();
    }

    private static Optional<Long> number(HttpHeaders headers, String name) {
        return headers.firstValue(name).flatMap(value -> {
            try {
                return Optional.of(Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}

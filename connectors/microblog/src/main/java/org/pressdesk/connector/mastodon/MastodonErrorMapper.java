package org.pressdesk.connector.mastodon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.http.HttpResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Mastodon's error answers ({@code {"error":"…"}}) into the SPI's typed failures:
 * 429 → rate-limited until {@code X-RateLimit-Reset} (an ISO-8601 time); 401 → account unavailable
 * (credentials): reconnect, and the channel is paused; 403 → permanent (scope missing or account disabled); 422 → permanent, the instance's
 * validation message (too long, bad reply target …); other 4xx permanent; 5xx transient (the
 * connector reports 500, 502 and 504 answering a new status as outcome-unknown).
 */
final class MastodonErrorMapper {

    private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofMinutes(5);

    private final String channelId;
    private final Clock clock;

    MastodonErrorMapper(String channelId, Clock clock) {
        this.channelId = channelId;
        this.clock = clock;
    }

    PublishException map(HttpResult answer) {
        String said = error(answer.body()).map(error -> ": " + error).orElse("");
        String what = "Mastodon answered HTTP " + answer.status() + said;
        return switch (answer.status()) {
            case 429 -> {
                Instant retryAt = retryAt(answer);
                yield new PublishException.RateLimited(retryAt, what + " — rate limit; publishing resumes after " + retryAt);
            }
            case 401 -> new PublishException.AccountUnavailable(
                    PublishException.AccountUnavailable.Why.CREDENTIALS_INVALID, null, what + " — the access token of"
                    + " channel '" + channelId + "' is invalid or revoked: reconnect the account (create a new token"
                    + " with write:statuses and read:accounts and update the channel's access-token)");
            case 403 -> new PublishException.Permanent(what + " — the token lacks a scope (it needs write:statuses"
                    + " and read:accounts) or the account is disabled");
            case 422 -> new PublishException.Permanent(what.toLowerCase(Locale.ROOT).contains("character limit")
                    ? what + " — the text is longer than the instance allows" : what);
            default -> answer.isServerError() ? new PublishException.Transient(what) : new PublishException.Permanent(what);
        };
    }

    private Instant retryAt(HttpResult answer) {
        Instant now = clock.instant();
        return answer.header("X-RateLimit-Reset").flatMap(MastodonErrorMapper::isoInstant)
                .or(() -> answer.retryAfter(now))
                .filter(now::isBefore)
                .orElse(now.plus(DEFAULT_RATE_LIMIT_WAIT));
    }

    private static Optional<Instant> isoInstant(String value) {
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(java.time.OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException notIso) {
                return Optional.empty();
            }
        }
    }

    private static Optional<String> error(String body) {
        try {
            return Optional.of(JsonMapper.shared().readTree(body).path("error").asString("")).filter(s -> !s.isBlank());
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }
}

package org.pressdesk.connector.x;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.http.NetworkFailures;
import org.pressdesk.connector.http.PublishFailures;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import twitter4j.TwitterException;

/**
 * Turns X's answers into the SPI's typed failures.
 *
 * <p>X speaks two error dialects: v2 problem details ({@code {"title","detail","type","status"}},
 * sometimes with an {@code errors} array) and v1.1 ({@code {"errors":[{"code","message"}]}}).
 * Both are read. The mapping:
 * <ul>
 *   <li>429 with problem type {@code usage-capped} → account unavailable (quota): the app's project used up
 *       its monthly posting cap, and every post would be refused until it resets, so the channel is paused</li>
 *   <li>429 → rate-limited until the latest exhausted window resets ({@code x-user-limit-24hour-reset},
 *       {@code x-app-limit-24hour-reset}, else {@code x-rate-limit-reset}, epoch seconds)</li>
 *   <li>401, v1.1 codes 32/89 → account unavailable (credentials): the account must be reconnected; the
 *       channel is paused instead of failing post after post</li>
 *   <li>403 "duplicate content", v1.1 code 187 → permanent: already posted</li>
 *   <li>403 oauth1-permissions / client-forbidden → permanent: the app's access is wrong</li>
 *   <li>other 4xx → permanent with X's own explanation; 5xx → transient, except that 500, 502 and 504
 *       answering a post are outcome-unknown: X may have created it</li>
 *   <li>no answer → transient if nothing was sent, otherwise outcome-unknown</li>
 * </ul>
 */
final class XErrorMapper {

    private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofMinutes(15);
    private static final JsonMapper JSON = JsonMapper.shared();

    private final String channelId;
    private final Clock clock;

    XErrorMapper(String channelId, Clock clock) {
        this.channelId = channelId;
        this.clock = clock;
    }

    /** A failed {@code POST /2/tweets}. */
    PublishException publishFailure(TwitterException failure) {
        return switch (failure) {
            case XApiException api -> PublishFailures.afterSending(api.getStatusCode(), fromAnswer(api),
                    "check the account before publishing it again, X has no idempotency key");
            case XTransportException transport when !transport.mayHaveReachedServer() ->
                    new PublishException.Transient("X could not be reached (" + NetworkFailures.describe(transport)
                            + "); nothing was sent", transport);
            case XTransportException transport -> new PublishException.OutcomeUnknown(
                    "X did not answer after the post was sent (" + NetworkFailures.describe(transport)
                            + "); check the account before publishing it again, X has no idempotency key", transport);
            // A 2xx whose body Twitter4J could not read: the post most likely exists.
            default -> new PublishException.OutcomeUnknown("X accepted the post but its answer could not be read ("
                    + NetworkFailures.describe(failure) + "); check the account before publishing it again", failure);
        };
    }

    /**
     * A failed {@code DELETE /2/tweets/:id}. Deleting twice does no harm, so an answer that never came is
     * transient, never an unknown outcome. (404 is not a failure; the connector handles it first.)
     */
    PublishException withdrawFailure(TwitterException failure) {
        return switch (failure) {
            case XApiException api -> fromAnswer(api);
            case XTransportException transport -> new PublishException.Transient("X did not answer the deletion ("
                    + NetworkFailures.describe(transport) + "); deleting again is safe", transport);
            default -> new PublishException.Transient("X's answer to the deletion could not be read ("
                    + NetworkFailures.describe(failure) + "); deleting again is safe", failure);
        };
    }

    /** A failed read (follower count): nothing was changed, so only rate limits and credentials matter. */
    PublishException readFailure(TwitterException failure) {
        return switch (failure) {
            case XApiException api -> fromAnswer(api);
            case XTransportException transport -> PublishFailures.readFailure("X", transport);
            default -> new PublishException.Transient("X's answer could not be read", failure);
        };
    }

    private PublishException fromAnswer(XApiException answer) {
        int status = answer.getStatusCode();
        Problem problem = Problem.parse(answer.body());
        if (status == 429 && problem.typeEndsWith("usage-capped")) {
            return new PublishException.AccountUnavailable(PublishException.AccountUnavailable.Why.QUOTA_EXHAUSTED,
                    null, "X usage cap reached (HTTP 429" + problem.suffix() + "): the app's project may post no more"
                    + " until its cap resets or its plan is raised; resume the channel then");
        }
        if (status == 429 || problem.hasCode(88)) {
            Instant retryAt = retryAt(answer);
            return new PublishException.RateLimited(retryAt, "X rate limit reached (HTTP " + status
                    + "); publishing resumes after " + retryAt);
        }
        if (status == 401 || problem.hasCode(32) || problem.hasCode(89)) {
            return new PublishException.AccountUnavailable(PublishException.AccountUnavailable.Why.CREDENTIALS_INVALID,
                    null, "X rejected the credentials of channel '" + channelId + "' (HTTP " + status
                    + problem.suffix() + "): reconnect the account — generate a new access token and secret for the"
                    + " app and update the channel's credentials");
        }
        if (problem.mentions("duplicate") || problem.hasCode(187)) {
            return new PublishException.Permanent("already posted: X refused the text as a duplicate of a post already"
                    + " on the account" + problem.suffix(), answer);
        }
        if (status == 403 && (problem.typeEndsWith("oauth1-permissions") || problem.typeEndsWith("client-forbidden"))) {
            return new PublishException.Permanent("X refused the app's access (HTTP 403" + problem.suffix()
                    + "): the app must belong to a Project, have Read and Write permission, and its access token"
                    + " must be regenerated after the permission changed", answer);
        }
        if (status >= 500) {
            return new PublishException.Transient("X failed (HTTP " + status + problem.suffix() + ")", answer);
        }
        return new PublishException.Permanent("X refused the request (HTTP " + status + problem.suffix() + ")", answer);
    }

    /** The latest reset among the windows X says are exhausted; 15 minutes when X says nothing. */
    private Instant retryAt(XApiException answer) {
        Instant now = clock.instant();
        List<Instant> resets = new ArrayList<>();
        for (String window : List.of("x-user-limit-24hour", "x-app-limit-24hour")) {
            if (answer.header(window + "-remaining").filter("0"::equals).isPresent()) {
                epochSeconds(answer.header(window + "-reset")).ifPresent(resets::add);
            }
        }
        if (resets.isEmpty()) {
            epochSeconds(answer.header("x-rate-limit-reset")).ifPresent(resets::add);
        }
        if (resets.isEmpty()) {
            answer.header("retry-after").flatMap(XErrorMapper::seconds).map(now::plusSeconds).ifPresent(resets::add);
        }
        return resets.stream().max(Instant::compareTo).filter(now::isBefore).orElse(now.plus(DEFAULT_RATE_LIMIT_WAIT));
    }

    private static Optional<Instant> epochSeconds(Optional<String> value) {
        return value.flatMap(XErrorMapper::seconds).map(Instant::ofEpochSecond);
    }

    private static Optional<Long> seconds(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What X said about an error, in either dialect. */
    private record Problem(String type, List<String> messages, List<Integer> codes) {

        static Problem parse(String body) {
            List<String> messages = new ArrayList<>();
            List<Integer> codes = new ArrayList<>();
            String type = "";
            try {
                JsonNode root = JSON.readTree(body);
                type = root.path("type").asString("");
                for (String field : List.of("title", "detail", "reason")) {
                    String text = root.path(field).asString("");
                    if (!text.isBlank()) {
                        messages.add(text);
                    }
                }
                for (JsonNode error : root.path("errors")) {
                    String message = error.path("message").asString("");
                    if (!message.isBlank()) {
                        messages.add(message);
                    }
                    int code = error.path("code").asInt(-1);
                    if (code >= 0) {
                        codes.add(code);
                    }
                }
            } catch (JacksonException | IllegalArgumentException notJson) {
                if (body != null && !body.isBlank()) {
                    messages.add(body.strip().lines().findFirst().orElse(""));
                }
            }
            return new Problem(type, messages, codes);
        }

        boolean hasCode(int code) {
            return codes.contains(code);
        }

        boolean mentions(String word) {
            return messages.stream().anyMatch(message -> message.toLowerCase(Locale.ROOT).contains(word));
        }

        boolean typeEndsWith(String suffix) {
            return type.endsWith(suffix);
        }

        String suffix() {
            return messages.isEmpty() ? "" : ": " + String.join(" — ", messages);
        }
    }
}

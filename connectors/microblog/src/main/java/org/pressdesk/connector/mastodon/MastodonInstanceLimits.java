package org.pressdesk.connector.mastodon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.pressdesk.connector.http.HttpResult;
import org.pressdesk.connector.http.NetworkFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.ResourceAccessException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The instance's status limits, read once from {@code GET /api/v2/instance}
 * ({@code configuration.statuses.max_characters} and {@code characters_reserved_per_url}) and then
 * kept for the connector's lifetime.
 *
 * <p>The read happens when the limits are first needed, not at start-up, so an unreachable instance
 * cannot stop the application. Until it succeeds, Mastodon's defaults (500, 23) apply and the read
 * is tried again at most once a minute; an instance that has no such endpoint (answers 4xx) keeps
 * the defaults, and {@code max-characters} should then be configured.
 */
final class MastodonInstanceLimits {

    /** The limits of a Mastodon instance that has not changed them. */
    record Limits(int maxCharacters, int charactersReservedPerUrl) {
        static final Limits DEFAULTS = new Limits(500, 23);
    }

    private static final Logger log = LoggerFactory.getLogger(MastodonInstanceLimits.class);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(1);

    private final String channelId;
    private final MastodonClient client;
    private final Clock clock;
    private Limits known;
    private Instant nextAttempt = Instant.MIN;

    MastodonInstanceLimits(String channelId, MastodonClient client, Clock clock) {
        this.channelId = channelId;
        this.client = client;
        this.clock = clock;
    }

    /** Limits fixed by configuration; the instance is never asked. */
    static MastodonInstanceLimits fixed(int maxCharacters) {
        MastodonInstanceLimits limits = new MastodonInstanceLimits(null, null, null);
        limits.known = new Limits(maxCharacters, Limits.DEFAULTS.charactersReservedPerUrl());
        return limits;
    }

    synchronized Limits get() {
        if (known != null) {
            return known;
        }
        Instant now = clock.instant();
        if (now.isBefore(nextAttempt)) {
            return Limits.DEFAULTS;
        }
        try {
            HttpResult answer = client.instance();
            if (answer.isSuccess()) {
                known = parse(answer.body());
                return known;
            }
            log.warn("Channel '{}': GET /api/v2/instance answered HTTP {}; assuming Mastodon's default limits {}",
                    channelId, answer.status(), Limits.DEFAULTS);
            if (!answer.isServerError() && answer.status() != 429) {
                known = Limits.DEFAULTS;
                return known;
            }
        } catch (ResourceAccessException e) {
            log.warn("Channel '{}': instance limits could not be read ({}); assuming Mastodon's default limits {}",
                    channelId, NetworkFailures.describe(e), Limits.DEFAULTS);
        }
        nextAttempt = now.plus(RETRY_AFTER_FAILURE);
        return Limits.DEFAULTS;
    }

    private Limits parse(String body) {
        try {
            JsonNode statuses = JsonMapper.shared().readTree(body).path("configuration").path("statuses");
            int max = statuses.path("max_characters").asInt(Limits.DEFAULTS.maxCharacters());
            int perUrl = statuses.path("characters_reserved_per_url").asInt(Limits.DEFAULTS.charactersReservedPerUrl());
            return new Limits(max > 0 ? max : Limits.DEFAULTS.maxCharacters(),
                    perUrl >= 0 ? perUrl : Limits.DEFAULTS.charactersReservedPerUrl());
        } catch (JacksonException e) {
            log.warn("Channel '{}': GET /api/v2/instance is not JSON; assuming Mastodon's default limits", channelId);
            return Limits.DEFAULTS;
        }
    }
}

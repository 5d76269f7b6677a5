package org.pressdesk.connector.mastodon;

import java.util.Optional;
import org.pressdesk.connector.http.HttpResult;
import org.pressdesk.connector.http.NetworkFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.ResourceAccessException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The instance's status limits ({@code configuration.statuses.max_characters} and
 * {@code characters_reserved_per_url} of {@code GET /api/v2/instance}), settled once when the
 * connector is created and kept for its lifetime, as the SPI promises of capabilities.
 *
 * <p>A configured {@code max-characters} wins and the instance is not asked. Otherwise the instance
 * is asked once, waiting at most {@link MastodonClient#INSTANCE_READ_TIMEOUT} (so a silent instance
 * cannot hold start-up for long); when it cannot answer, Mastodon's defaults (500, 23) apply for the
 * connector's lifetime and a warning says to configure {@code max-characters}. No lock is held and no
 * request is made after creation, so checking a text never waits for the instance.
 */
final class MastodonInstanceLimits {

    /** The limits of a Mastodon instance that has not changed them. */
    record Limits(int maxCharacters, int charactersReservedPerUrl) {
        static final Limits DEFAULTS = new Limits(500, 23);
    }

    private static final Logger log = LoggerFactory.getLogger(MastodonInstanceLimits.class);

    private MastodonInstanceLimits() {
    }

    /** The configured limit, or the instance's as it answers now, or the defaults. */
    static Limits settle(String channelId, MastodonSettings settings, MastodonClient client) {
        return settings.maxCharacters().isPresent() ? configured(settings.maxCharacters()) : read(channelId, client);
    }

    /** The limits without asking anyone: the configured {@code max-characters}, else the defaults (dry runs). */
    static Limits configured(Optional<Integer> maxCharacters) {
        return maxCharacters.map(max -> new Limits(max, Limits.DEFAULTS.charactersReservedPerUrl()))
                .orElse(Limits.DEFAULTS);
    }

    private static Limits read(String channelId, MastodonClient client) {
        try {
            HttpResult answer = client.instance();
            if (answer.isSuccess()) {
                return parse(channelId, answer.body());
            }
            log.warn("Channel '{}': GET /api/v2/instance answered HTTP {}; using Mastodon's default limits {} until"
                    + " restart (set max-characters to fix the limit)", channelId, answer.status(), Limits.DEFAULTS);
        } catch (ResourceAccessException e) {
            log.warn("Channel '{}': instance limits could not be read ({}); using Mastodon's default limits {} until"
                    + " restart (set max-characters to fix the limit)", channelId, NetworkFailures.describe(e),
                    Limits.DEFAULTS);
        }
        return Limits.DEFAULTS;
    }

    private static Limits parse(String channelId, String body) {
        try {
            JsonNode statuses = JsonMapper.shared().readTree(body).path("configuration").path("statuses");
            int max = statuses.path("max_characters").asInt(Limits.DEFAULTS.maxCharacters());
            int perUrl = statuses.path("characters_reserved_per_url").asInt(Limits.DEFAULTS.charactersReservedPerUrl());
            return new Limits(max > 0 ? max : Limits.DEFAULTS.maxCharacters(),
                    perUrl >= 0 ? perUrl : Limits.DEFAULTS.charactersReservedPerUrl());
        } catch (JacksonException e) {
            log.warn("Channel '{}': GET /api/v2/instance is not JSON; using Mastodon's default limits", channelId);
            return Limits.DEFAULTS;
        }
    }
}

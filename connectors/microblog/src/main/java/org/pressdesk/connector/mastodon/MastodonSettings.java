package org.pressdesk.connector.mastodon;

import java.util.Optional;
import java.util.Set;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.connector.http.BaseUrls;
import org.pressdesk.connector.http.HttpTimeouts;

/**
 * The non-secret settings of a {@code mastodon} channel.
 *
 * @param baseUrl       setting {@code base-url} (required): the instance, e.g. {@code https://mastodon.social/}
 * @param visibility    setting {@code visibility}: {@code public} (default), {@code unlisted},
 *                      {@code private} or {@code direct}
 * @param maxCharacters setting {@code max-characters}: the instance's limit, for servers without
 *                      {@code GET /api/v2/instance}; when absent the limit is read from the instance
 * @param timeouts      settings {@code connect-timeout} and {@code read-timeout}
 */
record MastodonSettings(String baseUrl, String visibility, Optional<Integer> maxCharacters, HttpTimeouts timeouts) {

    private static final Set<String> VISIBILITIES = Set.of("public", "unlisted", "private", "direct");

    static MastodonSettings from(ChannelAccount account) {
        String visibility = account.setting("visibility").map(String::trim).orElse("public");
        if (!VISIBILITIES.contains(visibility)) {
            throw new InvalidChannelConfigurationException(account.id(),
                    "setting 'visibility' must be one of public, unlisted, private, direct, was '" + visibility + "'");
        }
        Optional<Integer> maxCharacters = maxCharacters(account);
        return new MastodonSettings(BaseUrls.required(account, "base-url"), visibility, maxCharacters,
                HttpTimeouts.from(account));
    }

    /** Setting {@code max-characters}, a whole number > 0 when present. */
    static Optional<Integer> maxCharacters(ChannelAccount account) {
        return account.setting("max-characters").map(value -> {
            try {
                int parsed = Integer.parseInt(value.trim());
                if (parsed <= 0) {
                    throw new NumberFormatException();
                }
                return parsed;
            } catch (NumberFormatException e) {
                throw new InvalidChannelConfigurationException(account.id(),
                        "setting 'max-characters' must be a whole number > 0, was '" + value + "'");
            }
        });
    }
}

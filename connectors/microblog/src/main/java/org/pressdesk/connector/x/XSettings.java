package org.pressdesk.connector.x;

import java.util.Optional;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.connector.http.BaseUrls;
import org.pressdesk.connector.http.HttpTimeouts;

/**
 * The non-secret settings of an {@code x} channel.
 *
 * @param restBaseUrl Twitter4J's v1.1 {@code restBaseURL} (setting {@code rest-base-url}), used for
 *                    {@code account/verify_credentials.json}; default {@value #DEFAULT_REST_BASE_URL}
 * @param v2BaseUrl   the v2 API base URL (setting {@code v2-base-url}), used for {@code POST /2/tweets}
 *                    and {@code GET /2/users/me}; default {@value #DEFAULT_V2_BASE_URL}
 * @param timeouts    settings {@code connect-timeout} and {@code read-timeout}
 * @param userId      setting {@code user-id}: the account's numeric id, whose posts are read back to
 *                    settle an unknown outcome; read once from {@code GET /2/users/me} when absent
 */
record XSettings(String restBaseUrl, String v2BaseUrl, HttpTimeouts timeouts, Optional<Long> userId) {

    static final String DEFAULT_REST_BASE_URL = "https://api.twitter.com/1.1/";
    static final String DEFAULT_V2_BASE_URL = "https://api.twitter.com/2/";

    static XSettings from(ChannelAccount account) {
        Optional<Long> userId = account.setting("user-id").map(String::trim).map(value -> {
            try {
                long id = Long.parseLong(value);
                if (id <= 0) {
                    throw new NumberFormatException();
                }
                return id;
            } catch (NumberFormatException e) {
                throw new InvalidChannelConfigurationException(account.id(),
                        "setting 'user-id' must be the account's numeric id, was '" + value + "'");
            }
        });
        return new XSettings(BaseUrls.read(account, "rest-base-url", DEFAULT_REST_BASE_URL),
                BaseUrls.read(account, "v2-base-url", DEFAULT_V2_BASE_URL),
                HttpTimeouts.from(account), userId);
    }
}

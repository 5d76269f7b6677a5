package org.pressdesk.connector.http;

import java.net.URI;
import java.net.URISyntaxException;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.InvalidChannelConfigurationException;

/** Reads base-URL settings, so tests and self-hosted instances can point a connector elsewhere. */
public final class BaseUrls {

    private BaseUrls() {
    }

    /**
     * The setting {@code key}, or {@code fallback} when it is absent, checked to be an absolute
     * http(s) URL and normalised to end with {@code /} so relative API paths resolve beneath it.
     */
    public static String read(ChannelAccount account, String key, String fallback) {
        String value = account.setting(key).map(String::trim).orElse(fallback);
        if (value == null) {
            return account.requiredSetting(key);
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw new URISyntaxException(value, "not an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new InvalidChannelConfigurationException(account.id(),
                    "setting '" + key + "' must be an absolute http(s) URL, was '" + value + "'");
        }
        return value.endsWith("/") ? value : value + "/";
    }

    /** Like {@link #read(ChannelAccount, String, String)} for a setting without a default. */
    public static String required(ChannelAccount account, String key) {
        return read(account, key, null);
    }
}

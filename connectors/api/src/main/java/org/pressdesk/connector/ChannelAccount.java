package org.pressdesk.connector;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One configured channel account: its id, its type's settings and its credentials.
 *
 * <p>Credentials are kept apart from settings so that nothing that prints settings (logs, the API,
 * error messages) can print a token: {@link #toString()} names the credential keys only.
 *
 * @param id          the channel id, unique across the office
 * @param type        the connector type id
 * @param displayName a name staff recognise, e.g. 「外交小靈通」新浪微博
 * @param settings    non-secret settings of the type (base URL, folder, length policy …)
 * @param credentials secrets (tokens, keys); never logged
 */
public record ChannelAccount(String id, String type, String displayName,
                             Map<String, String> settings, Map<String, String> credentials) {

    public ChannelAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        displayName = displayName == null || displayName.isBlank() ? id : displayName;
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        credentials = credentials == null ? Map.of() : Map.copyOf(credentials);
    }

    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key)).filter(value -> !value.isBlank());
    }

    public String requiredSetting(String key) {
        return setting(key).orElseThrow(() -> new InvalidChannelConfigurationException(
                id, "setting '" + key + "' is required for a " + type + " channel"));
    }

    public String requiredCredential(String key) {
        String value = credentials.get(key);
        if (value == null || value.isBlank()) {
            throw new InvalidChannelConfigurationException(
                    id, "credential '" + key + "' is required for a " + type + " channel");
        }
        return value;
    }

    @Override
    public String toString() {
        return "ChannelAccount[id=" + id + ", type=" + type + ", displayName=" + displayName
                + ", settings=" + settings + ", credentials=" + credentials.keySet() + "]";
    }
}

package org.pressdesk.channel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The office's channel accounts, by id.
 *
 * @param channels each account under {@code pressdesk.channels.<id>}
 */
@ConfigurationProperties("pressdesk")
@Validated
public record ChannelsProperties(@DefaultValue Map<String, @Valid Channel> channels) {

    /**
     * One channel account.
     *
     * @param type        the connector type: outbox, x, weibo, mastodon, radio-script, or one a plug-in adds
     * @param displayName the name staff see, e.g. 「外交小靈通」新浪微博
     * @param settings    the type's settings (see each connector's documentation)
     * @param credentials the type's secrets; take them from the environment, e.g. {@code ${WEIBO_ACCESS_TOKEN}}
     */
    public record Channel(@NotBlank String type, String displayName, @DefaultValue Map<String, String> settings,
                          @DefaultValue Map<String, String> credentials) {

        @Override
        public String toString() {
            return "Channel[type=" + type + ", displayName=" + displayName + ", settings=" + settings
                    + ", credentials=" + credentials.keySet() + "]";
        }
    }
}

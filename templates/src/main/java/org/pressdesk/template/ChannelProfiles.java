package org.pressdesk.template;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.InvalidChannelConfigurationException;

/**
 * Finds the {@link ChannelProfile} of a connector. The renderer only sees a {@link Connector}, which says what it
 * wants ({@link Connector#templateHints()}); the channel's settings live with its {@link ChannelAccount}, which
 * the scheduler holds, so the scheduler supplies {@link #fromAccounts(Collection)} and everything else falls back
 * to {@link #fromConnectors()}.
 */
@FunctionalInterface
public interface ChannelProfiles {

    /** Channel setting choosing the medium: {@code microblog}, {@code read-aloud}, {@code web} or {@code print}. */
    String MEDIUM_SETTING = "template-medium";
    /** Channel setting forcing a length policy: {@code thread}, {@code truncate-with-link} or {@code report}. */
    String LENGTH_POLICY_SETTING = "length-policy";
    /** Channel setting choosing the hashtag style: {@code paired} (#話題#), {@code prefix} (#tag) or {@code none}. */
    String HASHTAG_STYLE_SETTING = "hashtag-style";

    /**
     * The profile to render for this connector.
     *
     * @param connector a configured channel
     * @return its profile; never null
     */
    ChannelProfile profileOf(Connector connector);

    /** Profiles from what each connector asks for: what a channel without template settings gets. */
    static ChannelProfiles fromConnectors() {
        return connector -> ChannelProfile.of(connector.templateHints());
    }

    /**
     * Profiles from the configured accounts' settings ({@value #MEDIUM_SETTING}, {@value #LENGTH_POLICY_SETTING},
     * {@value #HASHTAG_STYLE_SETTING}) on top of what each connector asks for: a radio segment reads aloud and a
     * Weibo account writes no hashtags because their connectors say so, whatever their type is called.
     *
     * @throws InvalidChannelConfigurationException when a setting has a value this module does not know, so a
     *                                              typo stops start-up instead of silently rendering the default
     */
    static ChannelProfiles fromAccounts(Collection<ChannelAccount> accounts) {
        Map<String, ChannelAccount> byId = new HashMap<>();
        for (ChannelAccount account : accounts) {
            AccountProfiles.check(account);
            byId.put(account.id(), account);
        }
        return connector -> {
            ChannelProfile profile = ChannelProfile.of(connector.templateHints());
            ChannelAccount account = byId.get(connector.channelId());
            return account == null ? profile : AccountProfiles.apply(account, profile);
        };
    }
}

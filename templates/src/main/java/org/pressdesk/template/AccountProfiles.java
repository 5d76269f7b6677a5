package org.pressdesk.template;

import java.util.Arrays;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.HashtagStyle;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.connector.Medium;
import org.pressdesk.connector.TemplateHints;

/** Reads the template settings of a channel account; see {@link ChannelProfiles#fromAccounts}. */
final class AccountProfiles {

    private AccountProfiles() {
    }

    static void check(ChannelAccount account) {
        apply(account, ChannelProfile.of(TemplateHints.MICROBLOG));
    }

    /** The account's own settings on top of the profile its connector asks for. */
    static ChannelProfile apply(ChannelAccount account, ChannelProfile profile) {
        ChannelProfile result = profile;
        String medium = account.setting(ChannelProfiles.MEDIUM_SETTING).orElse(null);
        if (medium != null) {
            result = result.withMedium(Medium.fromId(medium).orElseThrow(() -> unknown(account,
                    ChannelProfiles.MEDIUM_SETTING, medium,
                    Arrays.stream(Medium.values()).map(Medium::id).toList().toString())));
        }
        String policy = account.setting(ChannelProfiles.LENGTH_POLICY_SETTING).orElse(null);
        if (policy != null && !policy.strip().equalsIgnoreCase("auto")) {
            result = result.withPolicy(LengthPolicy.fromSetting(policy).orElseThrow(() -> unknown(account,
                    ChannelProfiles.LENGTH_POLICY_SETTING, policy, "[auto, thread, truncate-with-link, report]")));
        }
        String hashtags = account.setting(ChannelProfiles.HASHTAG_STYLE_SETTING).orElse(null);
        if (hashtags != null) {
            result = new ChannelProfile(result.medium(), result.forcedPolicy(),
                    HashtagStyle.fromSetting(hashtags).orElseThrow(() -> unknown(account,
                            ChannelProfiles.HASHTAG_STYLE_SETTING, hashtags, "[paired, prefix, none]")));
        }
        return result;
    }

    private static InvalidChannelConfigurationException unknown(ChannelAccount account, String setting,
                                                                String value, String known) {
        return new InvalidChannelConfigurationException(account.id(),
                "setting '" + setting + "' must be one of " + known + ", was '" + value + "'");
    }
}

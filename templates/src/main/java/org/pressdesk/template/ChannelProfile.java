package org.pressdesk.template;

import java.util.Objects;
import java.util.Optional;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.HashtagStyle;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.Medium;
import org.pressdesk.connector.TemplateHints;

/**
 * How posts are rendered for one channel: which templates, what to do with an over-long text, how to
 * write hashtags.
 *
 * @param medium       which family of templates the channel uses
 * @param forcedPolicy the channel's {@code length-policy} setting; empty to follow its capabilities
 * @param hashtags     how the channel writes hashtags
 */
public record ChannelProfile(Medium medium, Optional<LengthPolicy> forcedPolicy, HashtagStyle hashtags) {

    public ChannelProfile {
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(hashtags, "hashtags");
        forcedPolicy = forcedPolicy == null ? Optional.empty() : forcedPolicy;
    }

    /**
     * What a channel gets without settings: the medium and hashtag style its connector asks for
     * ({@link org.pressdesk.connector.Connector#templateHints()}), and the length policy its capabilities imply.
     */
    public static ChannelProfile of(TemplateHints hints) {
        return new ChannelProfile(hints.medium(), Optional.empty(), hints.hashtagStyle());
    }

    /**
     * The policy in force on a channel with these capabilities: the forced one, else threads where the
     * channel can thread, a report where it counts read-aloud time or has no limit, truncation otherwise.
     */
    public LengthPolicy policyFor(Capabilities capabilities) {
        if (forcedPolicy.isPresent()) {
            return forcedPolicy.get();
        }
        if (!capabilities.limitsLength() || capabilities.lengthCounting() == LengthCounting.READ_TIME_SECONDS) {
            return LengthPolicy.REPORT;
        }
        return capabilities.threads() ? LengthPolicy.THREAD : LengthPolicy.TRUNCATE_WITH_LINK;
    }

    public ChannelProfile withMedium(Medium medium) {
        return new ChannelProfile(medium, forcedPolicy, hashtags);
    }

    public ChannelProfile withPolicy(LengthPolicy policy) {
        return new ChannelProfile(medium, Optional.of(policy), hashtags);
    }
}

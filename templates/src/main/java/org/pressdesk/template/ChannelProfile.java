package org.pressdesk.template;

import java.util.Objects;
import java.util.Optional;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.LengthCounting;

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
     * What a channel gets without settings: read-aloud templates for channels that count spoken time,
     * microblog templates otherwise; no hashtags where the channel counts like Weibo (its share API refuses
     * {@code #topic#} tags), {@code #tag} hashtags elsewhere.
     */
    public static ChannelProfile fromCapabilities(Capabilities capabilities) {
        Medium medium = capabilities.lengthCounting() == LengthCounting.READ_TIME_SECONDS
                ? Medium.READ_ALOUD : Medium.MICROBLOG;
        HashtagStyle hashtags = capabilities.lengthCounting() == LengthCounting.WEIBO
                ? HashtagStyle.NONE : HashtagStyle.PREFIX;
        return new ChannelProfile(medium, Optional.empty(), hashtags);
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

package org.pressdesk.template;

import org.pressdesk.connector.Connector;
import org.pressdesk.connector.HashtagStyle;
import org.pressdesk.connector.Medium;

/**
 * The channel as templates see it, as {@code ${channel}}: {@code ${channel.id}}, {@code ${channel.medium}},
 * {@code ${channel.maxLength}}, {@code ${channel.threads}} and {@code ${channel.hashtag('外交部發言人答記者問')}}.
 * Public with getters because template expressions reach it by reflection.
 */
public final class TemplateChannel {

    private final String id;
    private final Medium medium;
    private final int maxLength;
    private final boolean threads;
    private final HashtagStyle hashtags;

    TemplateChannel(String id, Medium medium, int maxLength, boolean threads, HashtagStyle hashtags) {
        this.id = id;
        this.medium = medium;
        this.maxLength = maxLength;
        this.threads = threads;
        this.hashtags = hashtags;
    }

    static TemplateChannel of(Connector connector, ChannelProfile profile) {
        return new TemplateChannel(connector.channelId(), profile.medium(), connector.capabilities().maxLength(),
                connector.capabilities().threads(), profile.hashtags());
    }

    /** The channel id, e.g. {@code weibo-mfa}. */
    public String getId() {
        return id;
    }

    /** The medium id, e.g. {@code microblog}. */
    public String getMedium() {
        return medium.id();
    }

    /** The channel's length limit in its own units; 0 when it has none. */
    public int getMaxLength() {
        return maxLength;
    }

    /** Whether the channel publishes threads. */
    public boolean isThreads() {
        return threads;
    }

    /** {@code paired}, {@code prefix} or {@code none}. */
    public String getHashtagStyle() {
        return hashtags.setting();
    }

    /**
     * A topic written as this channel writes hashtags: {@code #MFA} on X and Mastodon, {@code #外交部發言人答記者問#}
     * with the paired style, nothing on channels without hashtags (Weibo by default).
     */
    public String hashtag(String topic) {
        return hashtags.format(topic);
    }
}

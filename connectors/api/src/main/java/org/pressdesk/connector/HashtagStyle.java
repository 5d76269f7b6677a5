package org.pressdesk.connector;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a channel writes a hashtag. */
public enum HashtagStyle {

    /** Weibo's topic: {@code #外交部發言人答記者問#}, spaces allowed inside. */
    PAIRED("paired"),
    /** X and Mastodon: {@code #MFAPressConference}, no spaces. */
    PREFIX("prefix"),
    /**
     * No hashtags: the default for Weibo, whose open API ({@code 2/statuses/share.json}, the endpoint apps
     * may post with) refuses {@code #topic#} tags.
     */
    NONE("none");

    private final String setting;

    HashtagStyle(String setting) {
        this.setting = setting;
    }

    /** The value of the {@code hashtag-style} channel setting that selects this style. */
    public String setting() {
        return setting;
    }

    /** Writes a topic as a hashtag in this style; null or blank topics, and {@link #NONE}, give an empty string. */
    public String format(String topic) {
        if (this == NONE || topic == null || topic.isBlank()) {
            return "";
        }
        String bare = topic.strip().replaceAll("^#+|#+$", "");
        return this == PAIRED ? "#" + bare + "#" : "#" + bare.replaceAll("\\s+", "");
    }

    /** The style a {@code hashtag-style} setting names, ignoring case and surrounding spaces. */
    public static Optional<HashtagStyle> fromSetting(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(style -> style.setting.equals(wanted)).findFirst();
    }
}

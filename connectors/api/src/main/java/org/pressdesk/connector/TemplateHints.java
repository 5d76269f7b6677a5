package org.pressdesk.connector;

import java.util.Objects;

/**
 * What a channel asks of the templates that write its posts, declared by its connector
 * ({@link Connector#templateHints()}): the templates module renders for a connector from any jar without
 * knowing its type. A channel's own settings ({@code template-medium}, {@code hashtag-style}) still win.
 *
 * @param medium       the family of templates that writes for the channel
 * @param hashtagStyle how the channel writes hashtags
 */
public record TemplateHints(Medium medium, HashtagStyle hashtagStyle) {

    /** Short posts with {@code #tag} hashtags: what a connector gets unless it says otherwise. */
    public static final TemplateHints MICROBLOG = new TemplateHints(Medium.MICROBLOG, HashtagStyle.PREFIX);

    public TemplateHints {
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(hashtagStyle, "hashtagStyle");
    }
}

package org.pressdesk.connector;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of text a channel publishes, which decides the family of templates that write its posts (see
 * {@link TemplateHints}): the templates module chooses a template per medium, content kind and language.
 */
public enum Medium {

    /** Short posts (Weibo, X, Mastodon): plain text. */
    MICROBLOG("microblog", false),
    /** What a radio host reads aloud for one item: plain text. */
    READ_ALOUD("read-aloud", false),
    /** An article on the portal or a mission's site: an HTML fragment. */
    WEB("web", true),
    /** A printable handout: a whole HTML document. */
    PRINT("print", true);

    private final String id;
    private final boolean html;

    Medium(String id, boolean html) {
        this.id = id;
        this.html = html;
    }

    /** The name used in template ids and the {@code template-medium} channel setting, e.g. {@code read-aloud}. */
    public String id() {
        return id;
    }

    /** Whether this medium's text is HTML (otherwise plain text). */
    public boolean html() {
        return html;
    }

    /** The medium with this id, ignoring case and surrounding spaces. */
    public static Optional<Medium> fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(medium -> medium.id.equals(wanted)).findFirst();
    }
}

package org.pressdesk.template;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of channel a template writes for. A template is chosen per medium, content kind and
 * language; the medium also fixes the Thymeleaf template mode.
 */
public enum Medium {

    /** Short posts (Weibo, X, Mastodon): plain text, TEXT mode, {@code .txt} templates. */
    MICROBLOG("microblog", false),
    /** What a radio host reads aloud for one item: plain text, TEXT mode, {@code .txt} templates. */
    READ_ALOUD("read-aloud", false),
    /** An article on the portal or a mission's site: an HTML fragment, HTML mode, {@code .html} templates. */
    WEB("web", true),
    /** A printable handout: a whole HTML document, HTML mode, {@code .html} templates. */
    PRINT("print", true);

    private final String id;
    private final boolean html;

    Medium(String id, boolean html) {
        this.id = id;
        this.html = html;
    }

    /** The name used in template ids, resource paths and the {@code template-medium} channel setting. */
    public String id() {
        return id;
    }

    /** Whether templates of this medium are HTML (otherwise plain text). */
    public boolean html() {
        return html;
    }

    /** The file extension of this medium's templates. */
    public String extension() {
        return html ? "html" : "txt";
    }

    public static Optional<Medium> fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(medium -> medium.id.equals(wanted)).findFirst();
    }
}

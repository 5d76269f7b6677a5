package org.pressdesk.template;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.pressdesk.connector.Medium;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;

/**
 * Names one template: a medium, a content kind (or the medium's default for every kind without its own
 * template) and a language. Written as {@code microblog/spokesperson-answer/zh-Hant} or
 * {@code web/default/en}; the same id names the classpath default and an office's override.
 *
 * @param medium   the kind of channel
 * @param kind     the content kind, or null for the default template of the medium
 * @param language the language
 */
public record TemplateKey(Medium medium, ContentKind kind, ContentLanguage language) {

    /** The kind segment of the id of a medium's default template. */
    public static final String DEFAULT_KIND = "default";

    public TemplateKey {
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(language, "language");
    }

    public static TemplateKey of(Medium medium, ContentKind kind, ContentLanguage language) {
        return new TemplateKey(medium, Objects.requireNonNull(kind, "kind"), language);
    }

    /** The template used for kinds that have none of their own. */
    public static TemplateKey defaultFor(Medium medium, ContentLanguage language) {
        return new TemplateKey(medium, null, language);
    }

    /** Whether this is a medium's default template rather than one kind's. */
    public boolean isDefault() {
        return kind == null;
    }

    /** The same medium and language without the kind: where rendering falls back to. */
    public TemplateKey fallback() {
        return defaultFor(medium, language);
    }

    /** {@code spokesperson-answer}, or {@code default}. */
    public String kindId() {
        return kind == null ? DEFAULT_KIND : kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code microblog/spokesperson-answer/zh-Hant}. */
    public String id() {
        return medium.id() + "/" + kindId() + "/" + language.tag();
    }

    /**
     * Reads an id written by {@link #id()}, ignoring case.
     *
     * @throws IllegalArgumentException naming the segment that is not understood
     */
    public static TemplateKey parse(String id) {
        String[] segments = id.strip().split("/");
        if (segments.length != 3) {
            throw new IllegalArgumentException("a template id is medium/kind/language, e.g. "
                    + "microblog/spokesperson-answer/zh-Hant; was '" + id + "'");
        }
        Medium medium = Medium.fromId(segments[0]).orElseThrow(() -> new IllegalArgumentException(
                "unknown medium '" + segments[0] + "' in template id '" + id + "'; known: "
                        + Arrays.toString(Arrays.stream(Medium.values()).map(Medium::id).toArray())));
        ContentLanguage language = ContentLanguage.fromTag(segments[2]).orElseThrow(() ->
                new IllegalArgumentException("unknown language '" + segments[2] + "' in template id '" + id + "'"));
        if (segments[1].equalsIgnoreCase(DEFAULT_KIND)) {
            return defaultFor(medium, language);
        }
        return of(medium, kindFromId(segments[1]).orElseThrow(() -> new IllegalArgumentException(
                "unknown content kind '" + segments[1] + "' in template id '" + id + "'")), language);
    }

    private static Optional<ContentKind> kindFromId(String id) {
        String wanted = id.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(ContentKind.values()).filter(kind -> kind.name().equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return id();
    }
}

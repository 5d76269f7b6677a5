package org.pressdesk.template;

import java.util.Objects;

/**
 * Which template produced a rendering, for the preview and for audits.
 *
 * @param key     the template that was used (a medium's default when the kind has none of its own)
 * @param origin  whether it is the shipped default, an office's override, or an unsaved draft being previewed
 * @param version the override's version; 0 for shipped defaults and drafts
 */
public record TemplateRef(TemplateKey key, Origin origin, long version) {

    /** Where a template's source came from. */
    public enum Origin {
        /** Shipped on the classpath. */
        DEFAULT,
        /** Saved by the office (see {@link org.pressdesk.template.store.TemplateOverrides}). */
        OVERRIDE,
        /** An edit being previewed, not saved. */
        DRAFT
    }

    public TemplateRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(origin, "origin");
    }
}

package org.pressdesk.template;

import java.util.Objects;

/**
 * A template's source, ready to render.
 *
 * @param ref    which template it is and where it came from
 * @param source the Thymeleaf source
 */
public record ResolvedTemplate(TemplateRef ref, String source) {

    public ResolvedTemplate {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(source, "source");
    }

    public TemplateKey key() {
        return ref.key();
    }
}

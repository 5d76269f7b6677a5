package org.pressdesk.template.store;

import java.time.Instant;
import java.util.Objects;
import org.pressdesk.template.TemplateKey;

/**
 * An office's own version of a template, replacing the shipped default for its key.
 *
 * @param key       the template it replaces
 * @param source    the Thymeleaf source, already checked
 * @param version   1 for the first save of this key, one more for every later save
 * @param savedAt   when it was saved
 * @param savedBy   who saved it, as the scheduler names users; may be null
 */
public record TemplateOverride(TemplateKey key, String source, long version, Instant savedAt, String savedBy) {

    public TemplateOverride {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(savedAt, "savedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
    }
}

package org.pressdesk.template;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;

/**
 * The parts of a queued post that rendering needs, independent of how the scheduler stores it.
 *
 * @param kind            what the post is
 * @param language        the language it is written in
 * @param title           its title
 * @param body            its text as the author wrote it
 * @param link            the full text on the office's site; may be null
 * @param scheduledAt     when it is due
 * @param sourceReference where it came from; may be null
 */
public record PostDraft(ContentKind kind, ContentLanguage language, String title, String body, URI link,
                        Instant scheduledAt, String sourceReference) {

    public PostDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
    }
}

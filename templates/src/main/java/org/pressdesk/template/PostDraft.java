package org.pressdesk.template;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;

/**
 * The parts of a queued post that rendering needs, independent of how the scheduler stores it.
 *
 * @param kind            what the post is
 * @param language        the language it is written in
 * @param title           its title
 * @param body            its text as the author wrote it; a spokesperson answer may hold the transcript's
 *                        {@code 問：… 答：…} (or {@code Q: … A: …}) pair, which templates receive as
 *                        {@code question} and {@code answer}
 * @param link            the full text on the office's site; may be null
 * @param scheduledAt     when it is due
 * @param sourceReference where it came from; may be null
 * @param fields          optional structured values, kebab-case keys: {@code question}, {@code answer},
 *                        {@code spokesperson}, {@code date} (ISO, e.g. the conference day), {@code topics}
 *                        (separated by 、 ; or new lines) and {@code hashtag}; question and answer win over
 *                        what is read from the body, and the spokesperson comes only from here (in the post's
 *                        language: "Hong Lei" for English), never from the title
 */
public record PostDraft(ContentKind kind, ContentLanguage language, String title, String body, URI link,
                        Instant scheduledAt, String sourceReference, Map<String, String> fields) {

    public PostDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** A draft without structured fields: the question and answer are read from the body, no spokesperson is named. */
    public PostDraft(ContentKind kind, ContentLanguage language, String title, String body, URI link,
                     Instant scheduledAt, String sourceReference) {
        this(kind, language, title, body, link, scheduledAt, sourceReference, Map.of());
    }

    /** The same draft with these structured fields instead of its own. */
    public PostDraft withFields(Map<String, String> fields) {
        return new PostDraft(kind, language, title, body, link, scheduledAt, sourceReference, fields);
    }

    /** A field's value, or null when absent or blank. */
    public String field(String key) {
        String value = fields.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.pressdesk.connector.radio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;

/**
 * One item waiting for its episode, as kept in the delivery folder.
 *
 * @param key             the publication's idempotency key
 * @param kind            what it is; its broadcast priority decides what moves to the next episode
 * @param language        the language it is written in
 * @param title           its title, shown in the running order
 * @param text            the text as published (the read-aloud template's output)
 * @param scheduledAt     when the office wanted it out
 * @param receivedAt      when the channel accepted it
 * @param sourceReference where it came from; may be null
 * @param carriedFrom     the episode it was moved out of for lack of time; null when it was never moved
 */
public record QueuedItem(String key, ContentKind kind, ContentLanguage language, String title, String text,
                         Instant scheduledAt, Instant receivedAt, String sourceReference, LocalDate carriedFrom) {

    /**
     * The running order: most important kinds first, then the longest waiting (by when each was due, so an
     * item carried over goes before the next episode's own items of the same priority), then the first to
     * come. Read backwards it is the order in which items leave an over-full episode.
     */
    public static final Comparator<QueuedItem> RUNNING_ORDER = Comparator
            .comparingInt((QueuedItem item) -> item.kind().broadcastPriority())
            .thenComparing(QueuedItem::scheduledAt)
            .thenComparing(QueuedItem::receivedAt)
            .thenComparing(QueuedItem::key);

    public QueuedItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public QueuedItem carriedFrom(LocalDate episode) {
        return new QueuedItem(key, kind, language, title, text, scheduledAt, receivedAt, sourceReference, episode);
    }
}

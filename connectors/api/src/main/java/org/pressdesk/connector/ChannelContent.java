package org.pressdesk.connector;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;

/**
 * Channel-ready content for one target: already rendered for the channel, split into thread
 * parts where the channel threads long texts.
 *
 * @param kind            what the post is
 * @param language        the language it is written in
 * @param title           the post's title (a script heading, a file name; microblogs may ignore it)
 * @param parts           the text to publish; more than one part is a thread, published in order
 * @param link            the full text on the office's site, when there is one; may be null
 * @param scheduledAt     when the office wants it out (radio uses it to pick the episode)
 * @param sourceReference where it came from, e.g. {@code press-conference:2011-12-30#3}; may be null
 * @param replyTo         the remote id of an earlier publication on this channel that this one answers (a
 *                        correction replies to the post it corrects); channels that reply in threads (X,
 *                        Mastodon) publish it as a reply, others as a post of its own; null for none
 */
public record ChannelContent(ContentKind kind, ContentLanguage language, String title, List<String> parts,
                             URI link, Instant scheduledAt, String sourceReference, String replyTo) {

    /** Content that replies to nothing. */
    public ChannelContent(ContentKind kind, ContentLanguage language, String title, List<String> parts, URI link,
                          Instant scheduledAt, String sourceReference) {
        this(kind, language, title, parts, link, scheduledAt, sourceReference, null);
    }

    public ChannelContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("content needs at least one part");
        }
        if (replyTo != null && replyTo.isBlank()) {
            replyTo = null;
        }
    }

    /** Single-part content. */
    public static ChannelContent of(ContentKind kind, ContentLanguage language, String title, String text,
                                    Instant scheduledAt) {
        return new ChannelContent(kind, language, title, List.of(text), null, scheduledAt, null);
    }

    /** The same content as a reply to the publication with this remote id (null: a post of its own). */
    public ChannelContent withReplyTo(String remoteId) {
        return new ChannelContent(kind, language, title, parts, link, scheduledAt, sourceReference,
                remoteId == null || remoteId.isBlank() ? null : remoteId);
    }

    public boolean isThread() {
        return parts.size() > 1;
    }

    /** The whole text, parts separated by blank lines. */
    public String fullText() {
        return String.join("\n\n", parts);
    }
}

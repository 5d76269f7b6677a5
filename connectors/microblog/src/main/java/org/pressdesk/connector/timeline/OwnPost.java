package org.pressdesk.connector.timeline;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One post of the account as its platform lists it.
 *
 * @param id        the platform's id
 * @param text      its text as the platform shows it (links shortened, HTML as the platform sends it)
 * @param createdAt when the platform says it was created
 * @param inReplyTo the id of the post it replies to, or null
 * @param url       where it can be opened, or null when the platform's listing does not say
 */
public record OwnPost(String id, String text, Instant createdAt, String inReplyTo, URI url) {

    public OwnPost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        inReplyTo = inReplyTo == null || inReplyTo.isBlank() ? null : inReplyTo;
    }
}

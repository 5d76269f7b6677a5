package org.pressdesk.post;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;

/**
 * A queued item: one piece of content and the channel accounts it goes to.
 *
 * @param id        database id
 * @param kind      what it is
 * @param title     its title
 * @param body      its text as written
 * @param language  the language it is written in
 * @param source    where it came from
 * @param fields    what templates print beside title and body
 * @param link      the full text on the office's site; may be null
 * @param author    who wrote it, as {@link org.pressdesk.system.Names} normalise names
 * @param createdAt when it was queued (UTC)
 * @param targets   one per channel account
 * @param correctsPostId the post this one corrects, or null
 */
public record Post(long id, ContentKind kind, String title, String body, ContentLanguage language,
                   PostSource source, PostFields fields, URI link, String author, Instant createdAt,
                   List<PublishTarget> targets, Long correctsPostId) {

    /** A post that corrects no other. */
    public Post(long id, ContentKind kind, String title, String body, ContentLanguage language, PostSource source,
                PostFields fields, URI link, String author, Instant createdAt, List<PublishTarget> targets) {
        this(id, kind, title, body, language, source, fields, link, author, createdAt, targets, null);
    }

    public Post {
        fields = fields == null ? PostFields.NONE : fields;
        targets = List.copyOf(targets);
    }

    /** A post without structured fields. */
    public Post(long id, ContentKind kind, String title, String body, ContentLanguage language, PostSource source,
                URI link, String author, Instant createdAt, List<PublishTarget> targets) {
        this(id, kind, title, body, language, source, PostFields.NONE, link, author, createdAt, targets);
    }

    /** Whether any target went out on its channel (whether or not it was withdrawn since). */
    public boolean wentOut() {
        return targets.stream().anyMatch(target -> target.state().wentOut());
    }

    public Optional<PublishTarget> target(long targetId) {
        return targets.stream().filter(target -> target.id() == targetId).findFirst();
    }
}

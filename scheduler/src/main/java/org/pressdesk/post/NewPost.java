package org.pressdesk.post;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;

/**
 * A post as staff submit it, checked and ready to store.
 *
 * @param fields  what templates print beside title and body (question, answer, spokesperson, topics, hashtag)
 * @param author  who wrote it, as {@link org.pressdesk.system.Names} normalise names
 * @param targets one per channel account, each with its own scheduled instant (null = not yet scheduled)
 */
public record NewPost(ContentKind kind, String title, String body, ContentLanguage language, PostSource source,
                      PostFields fields, URI link, String author, Instant createdAt, List<Target> targets) {

    public NewPost {
        fields = fields == null ? PostFields.NONE : fields;
        targets = List.copyOf(targets);
    }

    /** A post without structured fields. */
    public NewPost(ContentKind kind, String title, String body, ContentLanguage language, PostSource source,
                   URI link, String author, Instant createdAt, List<Target> targets) {
        this(kind, title, body, language, source, PostFields.NONE, link, author, createdAt, targets);
    }

    /** One channel the post goes to, and when. */
    public record Target(String channelId, Instant scheduledAt) {
    }
}

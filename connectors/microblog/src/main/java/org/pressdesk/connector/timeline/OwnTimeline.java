package org.pressdesk.connector.timeline;

import java.util.List;
import java.util.Objects;

/**
 * The account's posts a connector read back for one reconciliation.
 *
 * @param posts       the posts, in any order
 * @param reachesBack whether the listing certainly holds every post since the window's start: it
 *                    reached an older post or the end of the account's posts. Only then can a
 *                    post that is not in it be called absent.
 * @param checked     what was read, for people: "the account's 12 posts since 2011-12-30T06:59:00Z"
 */
public record OwnTimeline(List<OwnPost> posts, boolean reachesBack, String checked) {

    public OwnTimeline {
        posts = List.copyOf(posts);
        Objects.requireNonNull(checked, "checked");
    }
}

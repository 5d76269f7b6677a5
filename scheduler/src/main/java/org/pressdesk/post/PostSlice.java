package org.pressdesk.post;

import java.util.List;

/**
 * A stretch of a listing read by its keys rather than counted and skipped, so it costs the same on the
 * millionth post as on the first: the posts, and whether the listing goes on past the last of them.
 */
public record PostSlice(List<Post> posts, boolean more) {

    public Long firstId() {
        return posts.isEmpty() ? null : posts.getFirst().id();
    }

    public Long lastId() {
        return posts.isEmpty() ? null : posts.getLast().id();
    }
}

package org.pressdesk.post;

import java.util.List;

/** One page of posts and how many match in all. */
public record PostPage(List<Post> posts, int page, int size, long totalElements) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }
}

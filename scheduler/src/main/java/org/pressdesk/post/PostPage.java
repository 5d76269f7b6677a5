package org.pressdesk.post;

import java.util.List;

/**
 * One page of posts and how many match in all: exactly, or, when {@code totalCapped}, at least
 * {@code totalElements} (counting stops a window beyond the page asked for).
 */
public record PostPage(List<Post> posts, int page, int size, long totalElements, boolean totalCapped) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }
}

package org.pressdesk.post;

import java.security.Principal;
import java.util.List;
import org.pressdesk.templating.RenderedVariant;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows how a post being composed will look on each of its channels — text, length as the channel
 * counts it, thread parts or truncation, and what the channel objects to — without storing anything.
 * It takes the same body as {@code POST /api/posts}.
 */
@RestController
@RequestMapping("/api/posts/preview")
class PostPreviewController {

    private final NewPostReader reader;
    private final PostRendering rendering;

    PostPreviewController(NewPostReader reader, PostRendering rendering) {
        this.reader = reader;
        this.rendering = rendering;
    }

    @PostMapping
    List<RenderedVariant> preview(Principal principal, @RequestBody PostRequests.CreatePost request) {
        NewPost post = reader.read(request, principal);
        return post.targets().stream()
                .map(target -> RenderedVariant.of(rendering.render(PostRendering.draft(post, target.scheduledAt()),
                        target.channelId())))
                .toList();
    }
}

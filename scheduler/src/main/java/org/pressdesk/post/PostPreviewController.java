package org.pressdesk.post;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.pressdesk.templating.RenderedVariant;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows how a post being composed will look on each of its channels — text, length as the channel
 * counts it, thread parts or truncation, and what the channel objects to — without storing anything.
 * It takes the same body as {@code POST /api/posts}.
 */
@Tag(name = "Posts")
@RestController
@RequestMapping("/api/posts/preview")
class PostPreviewController {

    private final Previews previews;

    PostPreviewController(Previews previews) {
        this.previews = previews;
    }

    @Operation(operationId = "previewPost", summary = "Show how a new post would look on each of its channels, storing nothing")
    @PostMapping
    List<RenderedVariant> preview(Principal principal, @RequestBody PostRequests.CreatePost request) {
        return previews.of(request, principal);
    }

    /** The preview the API answers and the compose page shows as the person types. */
    @Component
    static class Previews {

        private final NewPostReader reader;
        private final PostRendering rendering;

        Previews(NewPostReader reader, PostRendering rendering) {
            this.reader = reader;
            this.rendering = rendering;
        }

        /** @throws org.pressdesk.system.InvalidFieldException as creating the post would */
        List<RenderedVariant> of(PostRequests.CreatePost request, Principal principal) {
            NewPost post = reader.read(request, principal);
            return post.targets().stream()
                    .map(target -> RenderedVariant.of(rendering.render(PostRendering.draft(post, target.scheduledAt()),
                            target.channelId())))
                    .toList();
        }
    }
}

package org.pressdesk.post;

import java.time.Instant;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.template.PostDraft;
import org.pressdesk.template.PostRenderer;
import org.pressdesk.template.RenderedContent;
import org.springframework.stereotype.Component;

/** Renders a stored or proposed post for one of its channels, through that channel's connector. */
@Component
public class PostRendering {

    private final PostRenderer renderer;
    private final ChannelRegistry channels;

    public PostRendering(PostRenderer renderer, ChannelRegistry channels) {
        this.renderer = renderer;
        this.channels = channels;
    }

    public RenderedContent render(Post post, PublishTarget target) {
        Instant at = target.scheduledAt() == null ? post.createdAt() : target.scheduledAt();
        return render(new PostDraft(post.kind(), post.language(), post.title(), post.body(), post.link(), at,
                post.source().describe()), target.channelId());
    }

    public RenderedContent render(PostDraft draft, String channelId) {
        return renderer.render(draft, channels.require(channelId));
    }
}

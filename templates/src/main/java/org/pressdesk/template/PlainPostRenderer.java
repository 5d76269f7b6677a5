package org.pressdesk.template;

import java.util.List;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;

/**
 * Renders a post as its title, a blank line and its body, in one part. The baseline renderer until
 * per-channel templates replace it; it still measures and validates through the connector.
 */
public final class PlainPostRenderer implements PostRenderer {

    @Override
    public RenderedContent render(PostDraft post, Connector connector) {
        String text = post.title().isBlank() ? post.body() : post.title() + "\n\n" + post.body();
        ChannelContent content = new ChannelContent(post.kind(), post.language(), post.title(), List.of(text),
                post.link(), post.scheduledAt(), post.sourceReference());
        return new RenderedContent(connector.channelId(), content, List.of(connector.length(text)),
                connector.validate(content));
    }
}

package org.pressdesk.template;

import java.util.List;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;

/**
 * A renderer for tests that are about something other than templates: the title, a blank line and
 * the body, in one part, measured and validated through the connector. Shipped in the test-jar.
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

package org.pressdesk.template;

import java.util.List;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Violation;

/**
 * A post rendered for one channel.
 *
 * @param channelId  the channel it was rendered for
 * @param content    what the connector will publish
 * @param lengths    each part's length as the channel counts it
 * @param violations the channel's objections; empty when it can be published
 */
public record RenderedContent(String channelId, ChannelContent content, List<Integer> lengths,
                              List<Violation> violations) {

    public RenderedContent {
        lengths = List.copyOf(lengths);
        violations = List.copyOf(violations);
    }

    public boolean publishable() {
        return violations.isEmpty();
    }
}

package org.pressdesk.template;

import java.util.List;
import java.util.Objects;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Violation;

/**
 * A post rendered for one channel.
 *
 * @param channelId  the channel it was rendered for
 * @param content    what the connector will publish
 * @param lengths    each part's length as the channel counts it
 * @param violations the channel's objections; empty when it can be published
 * @param policy     what the renderer does with a text too long for the channel (see {@link LengthPolicy});
 *                   whether it had to is told by {@link #isThread()} and {@code truncated}
 * @param truncated  whether the text was shortened to fit, ending with a link to the full text
 * @param template   the template that produced the text; null for renderers without templates
 */
public record RenderedContent(String channelId, ChannelContent content, List<Integer> lengths,
                              List<Violation> violations, LengthPolicy policy, boolean truncated,
                              TemplateRef template) {

    public RenderedContent {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(policy, "policy");
        lengths = List.copyOf(lengths);
        violations = List.copyOf(violations);
    }

    /** A rendering that neither splits nor truncates and used no template. */
    public RenderedContent(String channelId, ChannelContent content, List<Integer> lengths,
                           List<Violation> violations) {
        this(channelId, content, lengths, violations, LengthPolicy.REPORT, false, null);
    }

    public boolean publishable() {
        return violations.isEmpty();
    }

    /** Whether the text was split into a numbered thread. */
    public boolean isThread() {
        return content.isThread();
    }
}

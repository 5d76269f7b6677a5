package org.pressdesk.templating;

import java.util.List;
import org.pressdesk.connector.Violation;
import org.pressdesk.template.LengthPolicy;
import org.pressdesk.template.RenderedContent;
import org.pressdesk.template.TemplateRef;

/**
 * How a post renders on one channel, as previews show it: the parts, each part's length as the
 * channel counts it, what the channel objects to, whether it was split or truncated, and which
 * template produced it (a shipped default is version 0).
 */
public record RenderedVariant(String channel, List<String> parts, List<Integer> lengths, List<Violation> violations,
                              boolean publishable, LengthPolicy policy, boolean truncated, TemplateUsed template) {

    public static RenderedVariant of(RenderedContent rendered) {
        TemplateRef ref = rendered.template();
        return new RenderedVariant(rendered.channelId(), rendered.content().parts(), rendered.lengths(),
                rendered.violations(), rendered.publishable(), rendered.policy(), rendered.truncated(),
                ref == null ? null : new TemplateUsed(ref.key().id(), ref.origin(), ref.version()));
    }

    /** Which template rendered a variant. */
    public record TemplateUsed(String id, TemplateRef.Origin origin, long version) {
    }
}

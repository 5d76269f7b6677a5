package org.pressdesk.template.preview;

import java.util.List;
import java.util.Objects;
import org.pressdesk.template.PostDraft;
import org.pressdesk.template.RenderedContent;

/**
 * Every variant of one draft: what each target channel would publish, with lengths and violations.
 *
 * @param draft    the draft as previewed
 * @param variants one rendering per target, in the order the targets were given
 */
public record PostPreview(PostDraft draft, List<RenderedContent> variants) {

    public PostPreview {
        Objects.requireNonNull(draft, "draft");
        variants = List.copyOf(variants);
    }

    /** Whether every target would accept its variant as it is. */
    public boolean publishable() {
        return variants.stream().allMatch(RenderedContent::publishable);
    }

    /** The variant rendered for one channel. */
    public RenderedContent variantFor(String channelId) {
        return variants.stream().filter(variant -> variant.channelId().equals(channelId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no variant for channel '" + channelId + "'"));
    }
}

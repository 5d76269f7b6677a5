package org.pressdesk.template.preview;

import java.util.List;
import java.util.Objects;
import org.pressdesk.connector.Connector;
import org.pressdesk.template.InvalidTemplateException;
import org.pressdesk.template.PostDraft;
import org.pressdesk.template.PostRenderer;
import org.pressdesk.template.TemplateKey;
import org.pressdesk.template.ThymeleafPostRenderer;

/**
 * What the compose page and the template editor call: renders a draft for each of its targets, with the
 * saved templates or with an edit that is not saved yet. Plain Java; the scheduler exposes it over HTTP.
 */
public final class PreviewService {

    private final ThymeleafPostRenderer renderer;

    public PreviewService(ThymeleafPostRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * Renders a draft for every target with the office's current templates.
     *
     * @param draft   the post being composed
     * @param targets the channels it is meant for
     * @return one variant per target, in order
     */
    public PostPreview preview(PostDraft draft, List<Connector> targets) {
        return render(renderer, draft, targets);
    }

    /**
     * Renders a draft with an edited template in place of the saved one, before anything is saved.
     *
     * @param key     the template being edited
     * @param source  its edited source
     * @param draft   a post to try it on
     * @param targets the channels to render for; those whose medium is not the template's render as usual
     * @return one variant per target, in order
     * @throws InvalidTemplateException when the edit does not parse or fails on the sample posts
     */
    public PostPreview previewTemplate(TemplateKey key, String source, PostDraft draft, List<Connector> targets) {
        return render(renderer.withDraftTemplate(key, source), draft, targets);
    }

    private static PostPreview render(PostRenderer renderer, PostDraft draft, List<Connector> targets) {
        return new PostPreview(draft, targets.stream().map(target -> renderer.render(draft, target)).toList());
    }
}

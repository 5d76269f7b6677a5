package org.pressdesk.post;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.template.PostDraft;
import org.pressdesk.template.PostRenderer;
import org.pressdesk.template.RenderedContent;
import org.springframework.stereotype.Component;

/** Renders a stored or proposed post for one of its channels, through that channel's connector. */
@Component
public class PostRendering {

    private final PostRenderer renderer;
    private final ChannelRegistry channels;
    private final ApprovedText approved;

    public PostRendering(PostRenderer renderer, ChannelRegistry channels, ApprovedText approved) {
        this.renderer = renderer;
        this.channels = channels;
        this.approved = approved;
    }

    /**
     * What a target publishes: the text it was approved with, checked again against the channel
     * (whose limits may have changed since), or — for a target approved before texts were kept — a
     * fresh rendering.
     */
    public RenderedContent approvedContent(Post post, PublishTarget target) {
        Optional<List<String>> parts = approved.find(target.id());
        if (parts.isEmpty()) {
            return render(post, target);
        }
        Connector connector = channels.require(target.channelId());
        ChannelContent content = new ChannelContent(post.kind(), post.language(), post.title(), parts.get(),
                post.link(), dueAt(post, target), post.source().describe());
        return new RenderedContent(target.channelId(), content,
                parts.get().stream().map(connector::length).toList(), connector.validate(content));
    }

    /** Renders a post for a target with the office's current templates. */
    public RenderedContent render(Post post, PublishTarget target) {
        return render(draft(post.kind(), post.language(), post.title(), post.body(), post.link(), post.source(),
                post.fields(), dueAt(post, target)), target.channelId());
    }

    private static Instant dueAt(Post post, PublishTarget target) {
        return target.scheduledAt() == null ? post.createdAt() : target.scheduledAt();
    }

    public RenderedContent render(PostDraft draft, String channelId) {
        return renderer.render(draft, channels.require(channelId));
    }

    /** A proposed post as it will render for a target scheduled at {@code at} (or now, if unscheduled). */
    public static PostDraft draft(NewPost post, Instant at) {
        return draft(post.kind(), post.language(), post.title(), post.body(), post.link(), post.source(),
                post.fields(), at == null ? post.createdAt() : at);
    }

    /**
     * The post's fields as templates read them. The conference date, where known, is the date templates
     * print; otherwise they use the scheduled day.
     */
    private static PostDraft draft(ContentKind kind, ContentLanguage language, String title, String body, URI link,
                                   PostSource source, PostFields postFields, Instant at) {
        Map<String, String> fields = new LinkedHashMap<>(postFields.forTemplates());
        if (source.conferenceDate() != null) {
            fields.put("date", source.conferenceDate().toString());
        }
        return new PostDraft(kind, language, title, body, link, at, source.describe(), fields);
    }
}

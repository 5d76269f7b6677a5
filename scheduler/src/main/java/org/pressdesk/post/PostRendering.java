package org.pressdesk.post;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
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

/**
 * Renders a stored or proposed post for one of its channels, through that channel's connector. A correction
 * is rendered naming the post it corrects and the day that went out, and replies to it on each channel where
 * it is still published.
 */
@Component
public class PostRendering {

    private final PostRenderer renderer;
    private final ChannelRegistry channels;
    private final ApprovedText approved;
    private final PostRepository posts;

    public PostRendering(PostRenderer renderer, ChannelRegistry channels, ApprovedText approved,
                         PostRepository posts) {
        this.renderer = renderer;
        this.channels = channels;
        this.approved = approved;
        this.posts = posts;
    }

    /**
     * What a target publishes: the text it was approved with, checked again against the channel
     * (whose limits may have changed since), or — for a target approved before texts were kept — a
     * fresh rendering.
     */
    public RenderedContent approvedContent(Post post, PublishTarget target) {
        return approvedContent(post, target, approved.find(target.id()));
    }

    /** The approved parts of several targets in one read, by target (none for a target approved without). */
    public Map<Long, List<String>> approvedParts(java.util.Collection<Long> targetIds) {
        return approved.findAll(targetIds);
    }

    /** {@link #approvedContent(Post, PublishTarget)} with the approved parts already read (empty: never approved with any). */
    public RenderedContent approvedContent(Post post, PublishTarget target, Optional<List<String>> parts) {
        if (parts.isEmpty()) {
            return render(post, target);
        }
        Connector connector = channels.require(target.channelId());
        ChannelContent content = new ChannelContent(post.kind(), post.language(), post.title(), parts.get(),
                post.link(), dueAt(post, target), post.source().describe(), replyTo(corrected(post), target));
        return new RenderedContent(target.channelId(), content,
                parts.get().stream().map(connector::length).toList(), connector.validate(content));
    }

    /** Renders a post for a target with the office's current templates. */
    public RenderedContent render(Post post, PublishTarget target) {
        PostDraft draft = draft(post.kind(), post.language(), post.title(), post.body(), post.link(), post.source(),
                post.fields(), dueAt(post, target));
        Optional<Post> corrected = corrected(post);
        if (corrected.isEmpty()) {
            return render(draft, target.channelId());
        }
        Map<String, String> fields = new LinkedHashMap<>(draft.fields());
        fields.put("corrects-title", corrected.get().title());
        wentOutAt(corrected.get(), target.channelId())
                .ifPresent(at -> fields.put("corrects-published-at", at.toString()));
        RenderedContent rendered = render(draft.withFields(fields), target.channelId());
        return new RenderedContent(rendered.channelId(),
                rendered.content().withReplyTo(replyTo(corrected, target)), rendered.lengths(),
                rendered.violations(), rendered.policy(), rendered.truncated(), rendered.template());
    }

    private Optional<Post> corrected(Post post) {
        return post.correctsPostId() == null ? Optional.empty() : posts.findById(post.correctsPostId());
    }

    /** The original's publication on this channel, if it is still there to reply to. */
    private static String replyTo(Optional<Post> corrected, PublishTarget target) {
        return corrected.flatMap(original -> original.targets().stream()
                        .filter(published -> published.channelId().equals(target.channelId()))
                        .filter(published -> published.state() == TargetState.PUBLISHED && published.receipt() != null)
                        .map(published -> published.receipt().remoteId()).findFirst())
                .orElse(null);
    }

    /** When the original went out on this channel, or else first went out anywhere. */
    private static Optional<Instant> wentOutAt(Post original, String channelId) {
        List<PublishTarget> out = original.targets().stream().filter(target -> target.state().wentOut())
                .filter(target -> target.receipt() != null && target.receipt().publishedAt() != null).toList();
        return out.stream().filter(target -> target.channelId().equals(channelId)).findFirst()
                .or(() -> out.stream().min(Comparator.comparing(target -> target.receipt().publishedAt())))
                .map(target -> target.receipt().publishedAt());
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

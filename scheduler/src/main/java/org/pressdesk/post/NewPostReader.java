package org.pressdesk.post;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.channel.UnknownChannelException;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.OfficeTime;
import org.springframework.stereotype.Component;

/**
 * Turns a post as the API receives it into a {@link NewPost}: language, links, times in the
 * office's zone or the request's, and channels that exist, each refused with the field named.
 */
@Component
class NewPostReader {

    private final OfficeTime time;
    private final ChannelRegistry channels;

    NewPostReader(OfficeTime time, ChannelRegistry channels) {
        this.time = time;
        this.channels = channels;
    }

    /**
     * Reads a create request into a post to store, checking what the request alone can tell.
     *
     * @throws InvalidFieldException naming the first field that cannot be used
     */
    NewPost read(PostRequests.CreatePost request) {
        ContentLanguage language = ContentLanguage.fromTag(request.language()).orElseThrow(() ->
                new InvalidFieldException("language", "unknown language '" + request.language()
                        + "'; use zh-Hans, zh-Hant or en"));
        ZoneId zone = time.zone(request.timeZone());
        Set<String> seen = new HashSet<>();
        List<NewPost.Target> targets = new ArrayList<>();
        for (int i = 0; i < request.targets().size(); i++) {
            PostRequests.Target target = request.targets().get(i);
            String field = "targets[" + i + "]";
            if (!seen.add(target.channel())) {
                throw new InvalidFieldException(field + ".channel", "channel '" + target.channel() + "' is listed twice");
            }
            try {
                channels.require(target.channel());
            } catch (UnknownChannelException e) {
                // Checked here rather than only in the workflow so the error names the target's index.
                throw new InvalidFieldException(field + ".channel", e.getMessage());
            }
            String when = target.scheduledAt() != null ? target.scheduledAt() : request.scheduledAt();
            String whenField = target.scheduledAt() != null ? field + ".scheduledAt" : "scheduledAt";
            Instant at = when == null ? null : time.requireSchedulable(whenField, time.parse(whenField, when, zone));
            targets.add(new NewPost.Target(target.channel(), at));
        }
        PostRequests.Source source = request.source();
        return new NewPost(request.kind(), request.title().strip(), request.body().strip(), language,
                source == null ? PostSource.NONE
                        : new PostSource(source.conferenceDate(), source.questionNumber(), source.reference()),
                request.link() == null || request.link().isBlank() ? null : parseLink("link", request.link()),
                request.author().strip(), time.now(), targets);
    }

    static URI parseLink(String field, String text) {
        try {
            URI link = new URI(text.trim());
            if (!"https".equalsIgnoreCase(link.getScheme()) && !"http".equalsIgnoreCase(link.getScheme())
                    || link.getHost() == null) {
                throw new URISyntaxException(text, "not an http(s) address");
            }
            return link;
        } catch (URISyntaxException e) {
            throw new InvalidFieldException(field, "'" + text + "' is not an http(s) link");
        }
    }
}

package org.pressdesk.post;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.Principal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.channel.UnknownChannelException;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.security.Actor;
import org.pressdesk.slot.NextSlots;
import org.pressdesk.system.FieldProblems;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.Names;
import org.pressdesk.system.OfficeTime;
import org.pressdesk.system.RequestChecks;
import org.springframework.stereotype.Component;

/**
 * Turns a post as the API receives it into a {@link NewPost}: language, links, times in the
 * office's zone or the request's, channels that exist, and the fields its kind needs
 * ({@link PostFieldRules}); names and channel ids as {@link Names} normalise them. Every problem is named with its field,
 * all in one refusal: those found reading the JSON, the body's constraints, and these checks.
 */
@Component
class NewPostReader {

    private final OfficeTime time;
    private final ChannelRegistry channels;
    private final RequestChecks checks;
    private final NextSlots nextSlots;

    NewPostReader(OfficeTime time, ChannelRegistry channels, RequestChecks checks, NextSlots nextSlots) {
        this.time = time;
        this.channels = channels;
        this.checks = checks;
        this.nextSlots = nextSlots;
    }

    /**
     * Reads a create request into a post to store, checking what the request alone can tell. Its author is the
     * signed-in person ({@link Actor}).
     *
     * @throws InvalidFieldException naming every field that cannot be used
     */
    NewPost read(PostRequests.CreatePost request, Principal principal) {
        FieldProblems problems = checks.of(request);
        if (request.kind() == ContentKind.CORRECTION) {
            problems.add("kind", "a correction is queued with POST /api/posts/{id}/correct, which links it to the"
                    + " post it corrects");
        }
        ContentLanguage language = problems.check("language", () -> ContentLanguage.fromTag(request.language())
                .orElseThrow(() -> new InvalidFieldException("language", "unknown language '" + request.language()
                        + "'; use zh-Hans, zh-Hant or en")));
        ZoneId zone = problems.check("timeZone", () -> time.zone(request.timeZone()));
        List<NewPost.Target> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<PostRequests.Target> requested = request.targets() == null ? List.of() : request.targets();
        for (int i = 0; i < requested.size(); i++) {
            PostRequests.Target target = requested.get(i);
            if (target == null) {
                continue;
            }
            String field = "targets[" + i + "]";
            String channel = problems.check(field + ".channel", () -> channel(field + ".channel", target.channel(), seen));
            String when = target.scheduledAt() != null ? target.scheduledAt() : request.scheduledAt();
            String whenField = target.scheduledAt() != null ? field + ".scheduledAt" : "scheduledAt";
            Instant at;
            if (NextSlots.asks(when)) {
                // Each target its own channel's slot, so the error names the target even for the post's time.
                String slotField = field + ".scheduledAt";
                at = channel == null ? null : problems.check(slotField, () -> nextSlots.next(slotField, channel));
            } else {
                at = when == null ? null : problems.check(whenField, () -> schedulable(whenField, when, zone));
            }
            targets.add(new NewPost.Target(channel, at));
        }
        String author = problems.check("author", () -> Actor.of(principal, "author", request.author()));
        PostFields fields = fields(request.fields());
        if (request.kind() != null) {
            PostFieldRules.check(request.kind(), language, fields, problems);
        }
        URI link = request.link() == null || request.link().isBlank() ? null
                : problems.check("link", () -> parseLink("link", request.link()));
        problems.throwIfAny();
        PostRequests.Source source = request.source();
        return new NewPost(request.kind(), request.title().strip(), request.body().strip(), language,
                source == null ? PostSource.NONE
                        : new PostSource(source.conferenceDate(), source.questionNumber(), source.reference()),
                fields, link, author, time.now(), targets);
    }

    private static PostFields fields(PostRequests.Fields fields) {
        return fields == null ? PostFields.NONE
                : new PostFields(fields.question(), fields.answer(), fields.spokesperson(), fields.topics(),
                        fields.hashtag());
    }

    private String channel(String field, String typed, Set<String> seen) {
        if (typed == null) {
            return null;
        }
        // Checked here rather than only in the workflow so the error names the target's index.
        String channel = channels.idOf(typed)
                .orElseThrow(() -> new UnknownChannelException(field, typed, channels.ids()));
        if (!seen.add(channel)) {
            throw new InvalidFieldException(field, "channel '" + channel + "' is listed twice");
        }
        return channel;
    }

    /**
     * A publishing time the office can schedule. With an unusable time zone only the time's form is
     * checked (in UTC, which has no gaps), so both problems are reported at once.
     */
    Instant schedulable(String field, String text, ZoneId zone) {
        if (zone == null) {
            time.parse(field, text, ZoneOffset.UTC);
            return null;
        }
        return time.requireSchedulable(field, time.parse(field, text, zone));
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

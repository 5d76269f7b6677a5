package org.pressdesk.post;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.channel.UnknownChannelException;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.OfficeTime;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The post API: queue posts, move them through approval, find them, fix what failed. */
@RestController
@RequestMapping("/api/posts")
class PostController {

    private final PostWorkflow workflow;
    private final PostRepository posts;
    private final OfficeTime time;
    private final ChannelRegistry channels;

    PostController(PostWorkflow workflow, PostRepository posts, OfficeTime time, ChannelRegistry channels) {
        this.workflow = workflow;
        this.posts = posts;
        this.time = time;
        this.channels = channels;
    }

    @PostMapping
    ResponseEntity<PostViews.PostView> create(@Valid @RequestBody PostRequests.CreatePost request) {
        Post post = workflow.create(toNewPost(request));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(post.id()).toUri();
        return ResponseEntity.created(location).body(PostViews.PostView.of(post, time));
    }

    @GetMapping
    PostViews.PageView list(@RequestParam(required = false) TargetState state,
                            @RequestParam(required = false) String channel,
                            @RequestParam(required = false) ContentKind kind,
                            @RequestParam(required = false) LocalDate from,
                            @RequestParam(required = false) LocalDate to,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("to", "must not be before 'from'");
        }
        PostQuery query = new PostQuery(state, channel, kind, from == null ? null : time.startOf(from),
                to == null ? null : time.startOf(to.plusDays(1)), page, size);
        return PostViews.PageView.of(posts.search(query), time);
    }

    @GetMapping("/{id}")
    PostViews.PostView get(@PathVariable long id) {
        return PostViews.PostView.of(workflow.get(id), time);
    }

    @GetMapping("/{id}/history")
    List<PostViews.TransitionView> history(@PathVariable long id) {
        return workflow.history(id).stream().map(transition -> PostViews.TransitionView.of(transition, time)).toList();
    }

    @PostMapping("/{id}/submit")
    PostViews.PostView submit(@PathVariable long id, @Valid @RequestBody PostRequests.Action action) {
        return PostViews.PostView.of(workflow.submit(id, action.actor(), action.reason()), time);
    }

    @PostMapping("/{id}/approve")
    PostViews.PostView approve(@PathVariable long id, @Valid @RequestBody PostRequests.Action action) {
        return PostViews.PostView.of(workflow.approve(id, action.actor(), action.reason()), time);
    }

    @PostMapping("/{id}/return")
    PostViews.PostView returnToDraft(@PathVariable long id, @Valid @RequestBody PostRequests.Action action) {
        return PostViews.PostView.of(workflow.returnToDraft(id, action.actor(), action.reason()), time);
    }

    @PostMapping("/{id}/cancel")
    PostViews.PostView cancel(@PathVariable long id, @Valid @RequestBody PostRequests.Action action) {
        return PostViews.PostView.of(workflow.cancel(id, action.actor(), action.reason()), time);
    }

    @PostMapping("/{id}/reschedule")
    PostViews.PostView reschedule(@PathVariable long id, @Valid @RequestBody PostRequests.Reschedule request) {
        ZoneId zone = time.zone(request.timeZone());
        Instant at = time.requireNotPast("scheduledAt", time.parse("scheduledAt", request.scheduledAt(), zone));
        return PostViews.PostView.of(workflow.reschedule(id, request.channel(), at, request.actor(), request.reason()),
                time);
    }

    @PostMapping("/{id}/targets/{targetId}/resolve")
    PostViews.PostView resolve(@PathVariable long id, @PathVariable long targetId,
                               @Valid @RequestBody PostRequests.Resolve request) {
        Resolution resolution = switch (request.resolution()) {
            case PUBLISHED -> {
                if (request.url() == null || request.url().isBlank()) {
                    throw new InvalidFieldException("url", "give the link where it was published");
                }
                yield new Resolution.Published(parseLink("url", request.url()).toString(), request.remoteId());
            }
            case RESEND -> new Resolution.Resend();
            case ABANDON -> new Resolution.Abandon();
        };
        return PostViews.PostView.of(workflow.resolve(id, targetId, resolution, request.actor(), request.reason()),
                time);
    }

    private NewPost toNewPost(PostRequests.CreatePost request) {
        ContentLanguage language = ContentLanguage.fromTag(request.language()).orElseThrow(() ->
                new InvalidFieldException("language", "unknown language '" + request.language()
                        + "'; use zh-Hans, zh-Hant or en"));
        ZoneId zone = time.zone(request.timeZone());
        Set<String> seen = new HashSet<>();
        List<NewPost.Target> targets = new java.util.ArrayList<>();
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
            Instant at = when == null ? null : time.requireNotPast(whenField, time.parse(whenField, when, zone));
            targets.add(new NewPost.Target(target.channel(), at));
        }
        PostRequests.Source source = request.source();
        return new NewPost(request.kind(), request.title().strip(), request.body().strip(), language,
                source == null ? PostSource.NONE
                        : new PostSource(source.conferenceDate(), source.questionNumber(), source.reference()),
                request.link() == null || request.link().isBlank() ? null : parseLink("link", request.link()),
                request.author().strip(), time.now(), targets);
    }

    private static URI parseLink(String field, String text) {
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

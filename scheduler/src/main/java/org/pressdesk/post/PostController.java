package org.pressdesk.post;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.pressdesk.apidoc.Refusal;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.channel.UnknownChannelException;
import org.pressdesk.content.ContentKind;
import org.pressdesk.security.Actor;
import org.pressdesk.system.FieldProblems;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.Names;
import org.pressdesk.system.OfficeTime;
import org.pressdesk.system.RequestChecks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The post API: queue posts, move them through approval, find them, fix what failed, withdraw what went out. */
@Tag(name = "Posts", description = "Queue posts, move them through approval, find them, fix what failed, withdraw and correct what went out")
@RestController
@RequestMapping("/api/posts")
class PostController {

    private final PostWorkflow workflow;
    private final PostRepository posts;
    private final OfficeTime time;
    private final NewPostReader reader;
    private final ChannelRegistry channels;
    private final RequestChecks checks;
    private final ChannelFilter channelFilter;

    PostController(PostWorkflow workflow, PostRepository posts, OfficeTime time, NewPostReader reader,
                   ChannelRegistry channels, RequestChecks checks, ChannelFilter channelFilter) {
        this.workflow = workflow;
        this.posts = posts;
        this.time = time;
        this.reader = reader;
        this.channels = channels;
        this.checks = checks;
        this.channelFilter = channelFilter;
    }

    @Operation(operationId = "createPost", summary = "Queue a new post")
    @Refusal(status = HttpStatus.UNPROCESSABLE_CONTENT, when = "a channel objects to the content; violations lists what, per channel")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<PostViews.PostView> create(Principal principal, @RequestBody PostRequests.CreatePost request) {
        Post post = workflow.create(reader.read(request, principal));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(post.id()).toUri();
        return ResponseEntity.created(location).body(PostViews.PostView.of(post, time));
    }

    @Operation(operationId = "listPosts", summary = "Find posts by state, channel, kind and date, a page at a time")
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
        String channelId = channelFilter.idOf(channel);
        PostQuery query = new PostQuery(state, channelId, kind, from == null ? null : time.startOf(from),
                to == null ? null : time.startOf(to.plusDays(1)), page, size);
        return PostViews.PageView.of(posts.search(query), time);
    }

    @Operation(operationId = "getPost", summary = "Get a post with its targets")
    @GetMapping("/{id}")
    PostViews.PostView get(@PathVariable long id) {
        return PostViews.PostView.of(workflow.get(id), time);
    }

    @Operation(operationId = "getPostHistory", summary = "List a post's state changes")
    @GetMapping("/{id}/history")
    List<PostViews.TransitionView> history(@PathVariable long id) {
        return workflow.history(id).stream().map(transition -> PostViews.TransitionView.of(transition, time)).toList();
    }

    @Operation(operationId = "submitPost", summary = "Submit a draft for approval")
    @Refusal(status = HttpStatus.CONFLICT, when = "the post's state does not allow it, or another request changed it meanwhile")
    @PostMapping("/{id}/submit")
    PostViews.PostView submit(Principal principal, @PathVariable long id, @Valid @RequestBody PostRequests.Action action) {
        return PostViews.PostView.of(workflow.submit(id, Actor.of(principal, "actor", action.actor()), action.reason()), time);
    }

    @Operation(operationId = "approvePost", summary = "Approve a submitted post for publishing")
    @Refusal(status = HttpStatus.FORBIDDEN, when = "the signed-in person lacks the APPROVER role, is the post's author (four eyes), or the request names someone else as actor")
    @Refusal(status = HttpStatus.CONFLICT, when = "the post's state does not allow it, or another request changed it meanwhile")
    @Refusal(status = HttpStatus.UNPROCESSABLE_CONTENT, when = "a channel objects to the content; violations lists what, per channel")
    @PostMapping("/{id}/approve")
    PostViews.PostView approve(Principal principal, @PathVariable long id, @Valid @RequestBody PostRequests.Action action) {
        return PostViews.PostView.of(workflow.approve(id, Actor.of(principal, "actor", action.actor()), action.reason()), time);
    }

    @Operation(operationId = "returnPostToDraft", summary = "Return a submitted post to its author as a draft")
    @Refusal(status = HttpStatus.CONFLICT, when = "the post's state does not allow it, or another request changed it meanwhile")
    @PostMapping("/{id}/return")
    PostViews.PostView returnToDraft(Principal principal, @PathVariable long id, @Valid @RequestBody PostRequests.Action action) {
        return PostViews.PostView.of(workflow.returnToDraft(id, Actor.of(principal, "actor", action.actor()), action.reason()), time);
    }

    @Operation(operationId = "cancelPost", summary = "Cancel a post's targets that have not gone out")
    @Refusal(status = HttpStatus.CONFLICT, when = "the post's state does not allow it, or another request changed it meanwhile")
    @PostMapping("/{id}/cancel")
    PostViews.PostView cancel(Principal principal, @PathVariable long id, @Valid @RequestBody PostRequests.Action action) {
        return PostViews.PostView.of(workflow.cancel(id, Actor.of(principal, "actor", action.actor()), action.reason()), time);
    }

    /** Takes a published post down from every channel it went to; what has not gone out yet is cancelled. */
    @Operation(operationId = "withdrawPost", summary = "Take a published post down from every channel it went to")
    @Refusal(status = HttpStatus.CONFLICT, when = "nothing of the post went out, or another request changed it meanwhile")
    @PostMapping("/{id}/withdraw")
    PostViews.PostView withdraw(Principal principal, @PathVariable long id, @Valid @RequestBody PostRequests.Withdraw request) {
        return PostViews.PostView.of(workflow.withdraw(id, Actor.of(principal, "actor", request.actor()), request.reason()),
                time);
    }

    /** Queues a correction of a published post, as a draft its author submits and someone else approves. */
    @Operation(operationId = "correctPost", summary = "Queue a correction of a published post")
    @Refusal(status = HttpStatus.CONFLICT, when = "nothing of the post was published")
    @Refusal(status = HttpStatus.UNPROCESSABLE_CONTENT, when = "a channel objects to the content; violations lists what, per channel")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/correct")
    ResponseEntity<PostViews.PostView> correct(Principal principal, @PathVariable long id, @RequestBody PostRequests.Correct request) {
        FieldProblems problems = checks.of(request);
        String actor = problems.check("actor", () -> Actor.of(principal, "actor", request.actor()));
        problems.throwIfAny();
        List<String> channelIds = request.channels() == null ? null : request.channels().stream()
                .map(channel -> channels.idOf(channel)
                        .orElseThrow(() -> new UnknownChannelException("channels", channel, channels.ids()))).toList();
        Post correction = workflow.correct(id, new Correction(actor, request.title() == null || request.title().isBlank()
                ? null : request.title().strip(), request.body().strip(), channelIds));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/posts/{id}")
                .buildAndExpand(correction.id()).toUri();
        return ResponseEntity.created(location).body(PostViews.PostView.of(correction, time));
    }

    @Operation(operationId = "reschedulePost", summary = "Move a post's publishing time, on every channel or one")
    @Refusal(status = HttpStatus.CONFLICT, when = "the post's state does not allow it, or another request changed it meanwhile")
    @PostMapping("/{id}/reschedule")
    PostViews.PostView reschedule(Principal principal, @PathVariable long id, @RequestBody PostRequests.Reschedule request) {
        FieldProblems problems = checks.of(request);
        String actor = problems.check("actor", () -> Actor.of(principal, "actor", request.actor()));
        ZoneId zone = problems.check("timeZone", () -> time.zone(request.timeZone()));
        Instant at = problems.check("scheduledAt", () -> reader.schedulable("scheduledAt", request.scheduledAt(), zone));
        problems.throwIfAny();
        String channel = request.channel() == null || request.channel().isBlank() ? null
                : channels.idOf(request.channel()).orElse(Names.normalise(request.channel()));
        return PostViews.PostView.of(workflow.reschedule(id, channel, at, actor, request.reason()), time);
    }

    @Operation(operationId = "resolvePostTarget", summary = "Say what became of a target whose outcome is unknown")
    @Refusal(status = HttpStatus.CONFLICT, when = "the target's outcome is not unknown, or another request changed it meanwhile")
    @PostMapping("/{id}/targets/{targetId}/resolve")
    PostViews.PostView resolve(Principal principal, @PathVariable long id, @PathVariable long targetId,
                               @RequestBody PostRequests.Resolve request) {
        FieldProblems problems = checks.of(request);
        String actor = problems.check("actor", () -> Actor.of(principal, "actor", request.actor()));
        Resolution resolution = resolution(request, problems);
        problems.throwIfAny();
        return PostViews.PostView.of(workflow.resolve(id, targetId, resolution, actor, request.reason()), time);
    }

    /**
     * What a person found on the channel for a target whose outcome was unknown; notes what is missing
     * (a PUBLISHED without its link) in {@code problems} and returns null then.
     */
    static Resolution resolution(PostRequests.Resolve request, FieldProblems problems) {
        if (request.resolution() == null) {
            return null;
        }
        String url = request.resolution() != PostRequests.Resolve.Outcome.PUBLISHED ? null
                : problems.check("url", () -> {
                    if (request.url() == null || request.url().isBlank()) {
                        throw new InvalidFieldException("url", "give the link where it was published");
                    }
                    return NewPostReader.parseLink("url", request.url()).toString();
                });
        if (url != null && request.remoteId() == null && url.length() > Receipt.MAX_REMOTE_ID) {
            problems.add("remoteId", "give the channel's id for the post: the link is " + url.length()
                    + " characters long, too long to stand in for it (at most " + Receipt.MAX_REMOTE_ID + ")");
        }
        if (request.resolution() == PostRequests.Resolve.Outcome.PUBLISHED && url == null) {
            return null;
        }
        return switch (request.resolution()) {
            case PUBLISHED -> new Resolution.Published(url, request.remoteId());
            case RESEND -> new Resolution.Resend();
            case ABANDON -> new Resolution.Abandon();
        };
    }
}

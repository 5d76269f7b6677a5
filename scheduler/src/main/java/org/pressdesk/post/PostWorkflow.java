package org.pressdesk.post;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.pressdesk.connector.Violation;
import org.pressdesk.content.ContentKind;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.Names;
import org.pressdesk.template.RenderedContent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What staff do with posts: queue, submit, approve, return, cancel, reschedule, resolve a
 * target whose outcome is unknown, and withdraw what went out. Every change goes through {@link TargetLifecycle}, so it is
 * checked, versioned and audited; every action runs in one transaction, so a refused action
 * leaves the post as it was.
 */
@Service
public class PostWorkflow {

    private final PostRepository posts;
    private final TargetLifecycle lifecycle;
    private final AuditLog audit;
    private final PostRendering rendering;
    private final ApprovedText approvedText;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public PostWorkflow(PostRepository posts, TargetLifecycle lifecycle, AuditLog audit,
                        PostRendering rendering, ApprovedText approvedText, TransactionTemplate transactions,
                        Clock clock) {
        this.posts = posts;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.rendering = rendering;
        this.approvedText = approvedText;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Queues a new post as a draft, after checking that every channel exists and accepts its content.
     *
     * @throws org.pressdesk.channel.UnknownChannelException for a channel that is not configured
     * @throws ContentViolationException                    when a channel refuses the content
     */
    public Post create(NewPost post) {
        return create(post, null);
    }

    private Post create(NewPost post, Long correctsPostId) {
        requirePublishable(post.targets().stream().map(target -> rendering.render(
                PostRendering.draft(post, target.scheduledAt()), target.channelId())).toList());
        long postId = transactions.execute(status -> {
            long id = posts.insert(post);
            if (correctsPostId != null) {
                posts.markAsCorrection(id, correctsPostId);
            }
            Post stored = get(id);
            for (PublishTarget target : stored.targets()) {
                audit.append(new TargetTransition(target.id(), id, post.author(), clock.instant(), null,
                        TargetState.DRAFT, correctsPostId == null ? "queued" : "queued, correcting post " + correctsPostId));
            }
            return id;
        });
        return get(postId);
    }

    /**
     * Queues a correction of a post that went out: a draft of kind {@link ContentKind#CORRECTION}, linked to the
     * original, in the original's language and with its link, for the channels the original went out on (or
     * some of them), due as soon as it is approved. It is submitted and approved like any post, by someone other
     * than its author; on channels where the original is still online it is published as a reply to it.
     *
     * @throws NothingToCorrectException when nothing of the original went out
     * @throws InvalidFieldException      for a channel the original did not go out on
     */
    public Post correct(long originalId, Correction correction) {
        Post original = get(originalId);
        List<String> wentOutOn = original.targets().stream().filter(target -> target.state().wentOut())
                .map(PublishTarget::channelId).toList();
        if (wentOutOn.isEmpty()) {
            throw new NothingToCorrectException("Post " + originalId + " cannot be corrected: nothing of it was"
                    + " published; change it or cancel it instead. Targets are " + original.targets().stream()
                    .map(target -> target.channelId() + "=" + target.state()).toList());
        }
        List<String> channels = correction.channels() == null || correction.channels().isEmpty() ? wentOutOn
                : correction.channels();
        List<String> elsewhere = channels.stream().filter(channel -> !wentOutOn.contains(channel)).toList();
        if (!elsewhere.isEmpty()) {
            throw new InvalidFieldException("channels", "post " + originalId + " did not go out on " + elsewhere
                    + "; it went out on " + wentOutOn);
        }
        String title = correction.title() != null ? correction.title()
                : (original.language().isChinese() ? "更正：" : "Correction: ") + original.title();
        Instant now = clock.instant();
        NewPost post = new NewPost(ContentKind.CORRECTION, title, correction.body(), original.language(),
                new PostSource(null, null, "correction of post " + originalId), PostFields.NONE, original.link(),
                correction.actor(), now, channels.stream().map(channel -> new NewPost.Target(channel, now)).toList());
        return create(post, originalId);
    }

    public Post get(long postId) {
        return posts.findById(postId).orElseThrow(() -> new PostNotFoundException("No post " + postId));
    }

    public List<TargetTransition> history(long postId) {
        get(postId);
        return audit.history(postId);
    }

    /** Sends every draft target for approval. */
    public Post submit(long postId, String actor, String reason) {
        return moveAll(postId, TargetState.SUBMITTED, actor, reason, target -> target.state() == TargetState.DRAFT,
                target -> target.withState(TargetState.SUBMITTED));
    }

    /** Returns every submitted target to its author as a draft. */
    public Post returnToDraft(long postId, String actor, String reason) {
        return moveAll(postId, TargetState.DRAFT, actor, reason, target -> target.state() == TargetState.SUBMITTED,
                target -> target.withState(TargetState.DRAFT));
    }

    /**
     * Approves every submitted target with the text it renders to now, which is what will be
     * published, and schedules it at its time. The author cannot approve their own post; nothing
     * is approved when any channel refuses its text, or when a target has no publishing time (it
     * would wait in APPROVED with nothing to schedule it: give it one with {@link #reschedule} first).
     */
    public Post approve(long postId, String actor, String reason) {
        Post post = get(postId);
        // Compared as names are: ignoring case, width, spaces and invisible characters, and look-alike letters.
        if (Names.lookAlike(post.author(), actor)) {
            throw new FourEyesException(post.author());
        }
        List<PublishTarget> submitted = eligible(post, target -> target.state() == TargetState.SUBMITTED,
                TargetState.APPROVED);
        requireScheduled(post.id(), submitted);
        List<RenderedContent> texts = submitted.stream().map(target -> rendering.render(post, target)).toList();
        requirePublishable(texts);
        return inTransaction(() -> {
            for (int i = 0; i < submitted.size(); i++) {
                PublishTarget target = submitted.get(i);
                // Moved first: of simultaneous approvals only one gets past the version check to save the text.
                PublishTarget approved = lifecycle.move(target, target.withState(TargetState.APPROVED), actor, reason);
                approvedText.save(target.id(), texts.get(i).content().parts());
                lifecycle.move(approved, approved.withState(TargetState.SCHEDULED)
                        .withSchedule(approved.scheduledAt()), actor, "scheduled on approval");
            }
            return get(postId);
        });
    }

    /** Cancels every target that is not in flight or finished. */
    public Post cancel(long postId, String actor, String reason) {
        return moveAll(postId, TargetState.CANCELLED, actor, reason,
                target -> target.state().canMoveTo(TargetState.CANCELLED),
                target -> target.withState(TargetState.CANCELLED));
    }

    /**
     * Takes a post down from every channel it went to: each PUBLISHED target (each whose earlier withdrawal
     * failed, which is a person trying again with a fresh budget, and each FAILED thread whose first parts went
     * out before it failed) becomes WITHDRAWING, due now,
     * for the dispatcher to delete; every target not yet published is cancelled. Refused, changing nothing,
     * when nothing of the post is on a channel, or while one of its targets is being published (its outcome
     * is decided in seconds; withdraw again then).
     *
     * @param reason why, recorded on every target's transition
     * @throws NothingToWithdrawException   when no target is published
     * @throws IllegalTransitionException when a target is PUBLISHING
     */
    public Post withdraw(long postId, String actor, String reason) {
        Post post = get(postId);
        List<String> inFlight = post.targets().stream().filter(target -> target.state() == TargetState.PUBLISHING)
                .map(PublishTarget::channelId).toList();
        if (!inFlight.isEmpty()) {
            throw new IllegalTransitionException("Post " + postId + " is being published right now on " + inFlight
                    + "; withdraw it again in a moment, once that has settled");
        }
        List<PublishTarget> published = post.targets().stream().filter(target -> target.state() == TargetState.PUBLISHED
                || target.state() == TargetState.WITHDRAWAL_FAILED
                || target.state() == TargetState.FAILED && !posts.threadPartsOut(target).isEmpty()).toList();
        if (published.isEmpty()) {
            boolean withdrawnBefore = post.targets().stream().anyMatch(target -> target.state() == TargetState.WITHDRAWING
                    || target.state() == TargetState.WITHDRAWN);
            throw new NothingToWithdrawException("Post " + postId + (withdrawnBefore
                    ? " is already withdrawn or being withdrawn"
                    : " cannot be withdrawn: nothing of it was published (cancel it instead)") + "; targets are "
                    + post.targets().stream().map(target -> target.channelId() + "=" + target.state()).toList());
        }
        String why = reason == null ? "withdrawn" : "withdrawn: " + reason;
        Instant now = clock.instant();
        return inTransaction(() -> {
            for (PublishTarget target : published) {
                lifecycle.move(target, target.withState(TargetState.WITHDRAWING).withAttempts(0).withLastError(null)
                        .withNextAttemptAt(now), actor, why);
            }
            for (PublishTarget target : post.targets()) {
                if (target.state().canMoveTo(TargetState.CANCELLED) && !published.contains(target)) {
                    // An unknown outcome may be on the channel after all: nobody will look for it once cancelled.
                    String note = target.state() == TargetState.OUTCOME_UNKNOWN
                            ? "; its outcome was unknown, so it may be on the channel: check and delete it by hand" : "";
                    lifecycle.move(target, target.withState(TargetState.CANCELLED), actor,
                            "cancelled before it went out, the post was " + why + note);
                }
            }
            return get(postId);
        });
    }

    /**
     * Moves the post's targets (or one channel's) to a new time. An approved or failed target
     * becomes SCHEDULED again (a failed one with a fresh retry budget); drafts and submissions keep
     * their state with the new time.
     *
     * @param channelId one channel, or null for all the post's reschedulable targets
     */
    public Post reschedule(long postId, String channelId, Instant at, String actor, String reason) {
        Post post = get(postId);
        if (channelId != null && post.targets().stream().noneMatch(target -> target.channelId().equals(channelId))) {
            throw new PostNotFoundException("Post " + postId + " has no target on channel '" + channelId + "'");
        }
        return inTransaction(() -> {
            List<PublishTarget> targets = eligible(post, target -> target.state().isReschedulable()
                    && (channelId == null || target.channelId().equals(channelId)), TargetState.SCHEDULED);
            for (PublishTarget target : targets) {
                TargetState next = switch (target.state()) {
                    case DRAFT, SUBMITTED -> target.state();
                    default -> TargetState.SCHEDULED;
                };
                // Retrying a failed target is a person's decision: it gets the whole budget again.
                PublishTarget rescheduled = target.state() == TargetState.FAILED ? target.withFreshBudget() : target;
                lifecycle.move(target, rescheduled.withState(next).withSchedule(at),
                        actor, reason == null ? "rescheduled" : reason);
            }
            return get(postId);
        });
    }

    /**
     * Settles a target whose outcome is unknown, after a person checked the channel. A re-send gets
     * a fresh retry budget.
     *
     * @param resolution what they found
     */
    public Post resolve(long postId, long targetId, Resolution resolution, String actor, String reason) {
        Post post = get(postId);
        PublishTarget target = post.target(targetId)
                .orElseThrow(() -> new PostNotFoundException("Post " + postId + " has no target " + targetId));
        if (target.state() != TargetState.OUTCOME_UNKNOWN) {
            throw new IllegalTransitionException("Target " + targetId + " is " + target.state()
                    + "; only an OUTCOME_UNKNOWN target can be resolved");
        }
        PublishTarget resolved = switch (resolution) {
            case Resolution.Published published -> target.withState(TargetState.PUBLISHED)
                    .withReceipt(new Receipt(published.remoteId() == null ? published.url() : published.remoteId(),
                            published.url(), clock.instant()));
            case Resolution.Resend resend -> target.withFreshBudget().withState(TargetState.SCHEDULED)
                    .withSchedule(clock.instant());
            case Resolution.Abandon abandon -> target.withState(TargetState.CANCELLED);
        };
        lifecycle.move(target, resolved, actor, reason == null ? resolution.describe() : reason);
        return get(postId);
    }

    private Post moveAll(long postId, TargetState to, String actor, String reason, Predicate<PublishTarget> which,
                         Function<PublishTarget, PublishTarget> change) {
        Post post = get(postId);
        return inTransaction(() -> {
            for (PublishTarget target : eligible(post, which, to)) {
                lifecycle.move(target, change.apply(target), actor, reason);
            }
            return get(postId);
        });
    }

    private static void requireScheduled(long postId, List<PublishTarget> targets) {
        List<String> unscheduled = targets.stream().filter(target -> target.scheduledAt() == null)
                .map(PublishTarget::channelId).toList();
        if (!unscheduled.isEmpty()) {
            throw new IllegalTransitionException("Post " + postId + " has no publishing time on " + unscheduled
                    + "; give it one (POST /api/posts/" + postId + "/reschedule) before approving");
        }
    }

    /**
     * Refuses the action when any channel objects to its rendering, or a rendered part is too long
     * to be stored as approved text, naming every objection.
     */
    private static void requirePublishable(List<RenderedContent> renderings) {
        Map<String, List<Violation>> violations = new LinkedHashMap<>();
        for (RenderedContent rendered : renderings) {
            List<Violation> found = new ArrayList<>(rendered.publishable() ? List.of() : rendered.violations());
            found.addAll(ApprovedText.unstorable(rendered.content().parts()));
            if (!found.isEmpty()) {
                violations.put(rendered.channelId(), found);
            }
        }
        if (!violations.isEmpty()) {
            throw new ContentViolationException(violations);
        }
    }

    private static List<PublishTarget> eligible(Post post, Predicate<PublishTarget> which, TargetState to) {
        List<PublishTarget> eligible = post.targets().stream().filter(which).toList();
        if (eligible.isEmpty()) {
            throw new IllegalTransitionException("No target of post " + post.id() + " can become " + to
                    + "; targets are " + post.targets().stream()
                    .map(target -> target.channelId() + "=" + target.state()).toList());
        }
        return eligible;
    }

    private Post inTransaction(java.util.function.Supplier<Post> action) {
        return transactions.execute(status -> action.get());
    }
}

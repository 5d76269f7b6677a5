package org.pressdesk.dailyrun;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.connector.Violation;
import org.pressdesk.post.ContentViolationException;
import org.pressdesk.post.NewPost;
import org.pressdesk.post.Post;
import org.pressdesk.post.PostWorkflow;
import org.pressdesk.slot.SlotPlanner;
import org.pressdesk.slot.SlotsProperties;
import org.pressdesk.slot.TakenSlots;
import org.pressdesk.system.OfficeTime;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The run's writer: creates each post through the post workflow, as staff's posts are created, then
 * submits it for approval (or approves it, where {@code pressdesk.daily-run.auto-approve} lists its
 * kind). The run is the author, so any person may approve its posts; the audit names the run and
 * the transcript file.
 *
 * <p>Slots: on each channel with posting slots, a conference's summary takes the first free slot
 * after the conference and its answers the following ones in order, spilling into the next days; a
 * channel without slots (the radio segment) gets them when the conference is over, and its connector
 * queues them for its next episode. Posts waiting for approval hold their slots for the planning.
 *
 * <p>A part already imported (by this run before a restart, or by an earlier run) is left alone.
 * Everything of one chunk is written in the chunk's transaction, with the import key, or not at all.
 */
class RunPostWriter implements ItemWriter<RunPost> {

    /** Who approves the kinds the office lets the run approve by itself. */
    static final String AUTO_APPROVER = "pressdesk-auto-approval";

    private final DailyRunProperties properties;
    private final PostWorkflow workflow;
    private final RunRecords records;
    private final SlotPlanner planner;
    private final SlotsProperties slots;
    private final TakenSlots taken;
    private final ChannelRegistry channels;
    private final OfficeTime time;
    private final RunMetrics metrics;

    RunPostWriter(DailyRunProperties properties, PostWorkflow workflow, RunRecords records, SlotPlanner planner,
                  SlotsProperties slots, TakenSlots taken, ChannelRegistry channels, OfficeTime time,
                  RunMetrics metrics) {
        this.properties = properties;
        this.workflow = workflow;
        this.records = records;
        this.planner = planner;
        this.slots = slots;
        this.taken = taken;
        this.channels = channels;
        this.time = time;
        this.metrics = metrics;
    }

    /** The author and actor name of a run. */
    static String actor(long jobExecutionId) {
        return "daily-run-" + jobExecutionId;
    }

    @Override
    public void write(Chunk<? extends RunPost> chunk) {
        long execution = StepSynchronizationManager.getContext().getStepExecution().getJobExecutionId();
        String actor = actor(execution);
        Map<String, HeldSlots> heldByChannel = new HashMap<>();
        for (RunPost post : chunk) {
            if (records.imported(post.key())) {
                continue;
            }
            Instant after = after(post);
            List<NewPost.Target> targets = new ArrayList<>();
            for (String configured : properties.channelsFor(post.kind())) {
                String channel = channels.idOf(configured).orElseThrow(() -> new RunRefusedException(
                        "channel '" + configured + "' is no longer configured"));
                targets.add(new NewPost.Target(channel, slot(channel, after, heldByChannel)));
            }
            Post created = create(post, targets, actor, execution);
            workflow.submit(created.id(), actor, "daily publishing run " + execution + " from " + post.source()
                    + " (" + post.key() + ")");
            if (properties.autoApprove().contains(post.kind())) {
                workflow.approve(created.id(), AUTO_APPROVER, "approved automatically: pressdesk.daily-run."
                        + "auto-approve lists " + post.kind());
            }
            records.recordImport(post.key(), created.id(), execution, post.source());
            metrics.postCreated(post.kind());
        }
    }

    /**
     * Creates the post on every channel that accepts it. A channel that refuses it (too long, a language
     * its segment does not read) is left out and the refusal recorded with the run's skips; a post no
     * channel accepts is refused whole, and the skip policy records it.
     */
    private Post create(RunPost post, List<NewPost.Target> targets, String actor, long execution) {
        try {
            return workflow.create(draft(post, targets, actor));
        } catch (ContentViolationException refused) {
            List<NewPost.Target> accepted = targets.stream()
                    .filter(target -> !refused.violationsByChannel().containsKey(target.channelId())).toList();
            if (accepted.isEmpty()) {
                throw refused;
            }
            records.recordChannelLeftOut(execution, post.source(), post.key() + " (" + post.kind() + ") not sent to "
                    + describe(refused.violationsByChannel()), post.title());
            return workflow.create(draft(post, accepted, actor));
        }
    }

    private NewPost draft(RunPost post, List<NewPost.Target> targets, String actor) {
        return new NewPost(post.kind(), post.title(), post.body(), post.language(), post.postSource(), post.fields(),
                null, actor, time.now(), targets);
    }

    static String describe(Map<String, List<Violation>> violations) {
        return violations.entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue().stream()
                .map(Violation::message).collect(java.util.stream.Collectors.joining("; ")))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** No post of a conference goes out before the conference is over, nor in the past. */
    private Instant after(RunPost post) {
        Instant over = post.key().conferenceDate().atTime(properties.conferenceEnds())
                .atZone(time.zone(null)).toInstant();
        Instant now = time.now();
        return over.isAfter(now) ? over : now;
    }

    private Instant slot(String channel, Instant after, Map<String, HeldSlots> heldByChannel) {
        if (slots.of(channel).isEmpty()) {
            return after;
        }
        Instant from = dayStart(after);
        HeldSlots held = heldByChannel.get(channel);
        if (held == null || from.isBefore(held.from())) {
            // Read once per chunk and channel; this chunk's own posts are in the same transaction, so read too.
            held = new HeldSlots(from, new ArrayList<>(taken.heldOrAwaitingApproval(channel, from)));
            heldByChannel.put(channel, held);
        }
        List<Instant> free = planner.nextFree(channel, after, held.slots(), 1);
        if (free.isEmpty()) {
            throw new RunRefusedException("channel '" + channel + "' has no free slot within a year");
        }
        held.slots().add(free.getFirst());
        return free.getFirst();
    }

    /** A channel's slots held from the start of a day on. */
    private record HeldSlots(Instant from, List<Instant> slots) {
    }

    private Instant dayStart(Instant at) {
        return time.startOf(at.atZone(time.zone(null)).toLocalDate());
    }
}

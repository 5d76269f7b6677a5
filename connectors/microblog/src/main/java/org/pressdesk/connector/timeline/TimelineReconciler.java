package org.pressdesk.connector.timeline;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Reconciliation;
import org.pressdesk.connector.ThreadJournal;

/**
 * Looks for a publication in the account's own posts, for {@code Connector.reconcile}.
 *
 * <p>Each part is looked for in turn: a post created since the first attempt whose text compares
 * equal to the part's (see {@link ComparableText}) and that replies to the part before it (the
 * first part replies to nothing). Parts already in the {@link ThreadJournal} are taken as found.
 * <ul>
 *   <li>every part found → {@link Reconciliation.Found} with all their ids; the journal forgets the thread</li>
 *   <li>only the first parts found → they are journalled, so that a re-send continues the chain after
 *       them, and the rest is {@link Reconciliation.Absent} if the listing reaches back far enough</li>
 *   <li>nothing found and the listing reaches back to the first attempt → {@link Reconciliation.Absent}</li>
 *   <li>the listing does not reach back, or two posts fit one part, or the journal disagrees with
 *       the text → {@link Reconciliation.Undetermined}: a person decides</li>
 * </ul>
 */
public final class TimelineReconciler {

    /** Posts stamped this much before the first attempt still count: the platform's clock is not ours. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final String platform;
    private final ThreadJournal journal;
    private final UnaryOperator<String> sentText;
    private final UnaryOperator<String> shownText;

    /**
     * @param platform  the platform's name for messages, e.g. "X"
     * @param journal   where the connector journals threads; threads are not reconciled without one
     * @param sentText  the comparable form ({@link ComparableText}) of a part as it was sent
     * @param shownText the comparable form of a post's text as the platform lists it
     */
    public TimelineReconciler(String platform, ThreadJournal journal, UnaryOperator<String> sentText,
                              UnaryOperator<String> shownText) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.journal = journal;
        this.sentText = Objects.requireNonNull(sentText, "sentText");
        this.shownText = Objects.requireNonNull(shownText, "shownText");
    }

    /** The earliest creation time a post may have to be the publication. */
    public static Instant windowStart(Instant firstAttemptAt) {
        return firstAttemptAt.minus(CLOCK_SKEW);
    }

    /**
     * @param channelId      the channel account
     * @param idempotencyKey the target's key (the journal's key)
     * @param parts          the parts as they were sent
     * @param firstAttemptAt when the first attempt started
     * @param timeline       the account's posts since {@link #windowStart(Instant)}
     * @param urlOf          where a post with this id can be opened
     */
    public Reconciliation reconcile(String channelId, String idempotencyKey, List<String> parts,
                                    Instant firstAttemptAt, OwnTimeline timeline, Function<String, URI> urlOf) {
        return reconcile(channelId, idempotencyKey, parts, null, firstAttemptAt, timeline, urlOf);
    }

    /**
     * The same, for a publication whose first part replies to an earlier post (a correction).
     *
     * @param firstReplyTo the post the first part replies to; null when it starts a chain of its own
     */
    public Reconciliation reconcile(String channelId, String idempotencyKey, List<String> parts, String firstReplyTo,
                                    Instant firstAttemptAt, OwnTimeline timeline, Function<String, URI> urlOf) {
        boolean thread = parts.size() > 1;
        if (thread && journal == null) {
            return Reconciliation.undetermined(platform + " cannot publish threads; nothing was checked");
        }
        List<ThreadJournal.PublishedPart> journalled = thread ? journal.published(channelId, idempotencyKey) : List.of();
        if (journalled.size() > parts.size() || !parts.subList(0, journalled.size())
                .equals(journalled.stream().map(ThreadJournal.PublishedPart::text).toList())) {
            return Reconciliation.undetermined("the thread journal holds parts "
                    + journalled.stream().map(ThreadJournal.PublishedPart::remoteId).toList() + " of this key on "
                    + platform + " with a different text than the target's; " + timeline.checked());
        }
        Instant since = windowStart(firstAttemptAt);
        List<String> ids = new ArrayList<>(journalled.stream().map(ThreadJournal.PublishedPart::remoteId).toList());
        Instant firstPublishedAt = journalled.isEmpty() ? null : journalled.getFirst().publishedAt();
        Set<String> claimed = new HashSet<>(ids);
        List<String> foundNow = new ArrayList<>();
        for (int part = ids.size(); part < parts.size(); part++) {
            String wanted = sentText.apply(parts.get(part));
            String inReplyTo = part == 0 ? firstReplyTo : ids.getLast();
            List<OwnPost> candidates = timeline.posts().stream()
                    .filter(post -> !claimed.contains(post.id()))
                    .filter(post -> !post.createdAt().isBefore(since))
                    .filter(post -> Objects.equals(post.inReplyTo(), inReplyTo))
                    .filter(post -> shownText.apply(post.text()).equals(wanted))
                    .toList();
            if (candidates.size() > 1) {
                return Reconciliation.undetermined(progress(parts, ids, foundNow) + "; " + describe(part, parts)
                        + " fits each of the posts " + candidates.stream().map(OwnPost::id).toList()
                        + ", so Pressdesk cannot tell which is the publication; " + timeline.checked());
            }
            if (candidates.isEmpty()) {
                break;
            }
            OwnPost found = candidates.getFirst();
            ids.add(found.id());
            claimed.add(found.id());
            foundNow.add(found.id());
            if (firstPublishedAt == null) {
                firstPublishedAt = found.createdAt();
            }
            if (thread && part < parts.size() - 1) {
                journal.record(channelId, idempotencyKey,
                        new ThreadJournal.PublishedPart(part, parts.get(part), found.id(), found.createdAt()));
            }
        }
        String checked = progress(parts, ids, foundNow) + "; " + timeline.checked();
        if (ids.size() == parts.size()) {
            if (thread) {
                journal.forget(channelId, idempotencyKey);
            }
            return Reconciliation.found(new PublishReceipt(ids.getFirst(), urlOf.apply(ids.getFirst()),
                    firstPublishedAt, ids), checked);
        }
        if (timeline.reachesBack()) {
            return Reconciliation.absent(checked);
        }
        return Reconciliation.undetermined(checked + "; that listing does not reach back to "
                + since + ", so the rest may be older than it shows");
    }

    private String progress(List<String> parts, List<String> ids, List<String> foundNow) {
        if (parts.size() == 1) {
            return ids.isEmpty() ? "the post is not on " + platform : "the post is on " + platform + " as " + ids.getFirst();
        }
        if (ids.isEmpty()) {
            return "no part of the thread of " + parts.size() + " is on " + platform;
        }
        String found = ids.size() == parts.size() ? "all " + parts.size() + " parts of the thread are on " + platform
                : "parts 1–" + ids.size() + " of " + parts.size() + " are on " + platform;
        return found + " as " + ids + (foundNow.size() < ids.size() ? " (" + (ids.size() - foundNow.size())
                + " known from the thread journal)" : "")
                + (ids.size() < parts.size() ? " and journalled, so a re-send continues after them" : "");
    }

    private static String describe(int part, List<String> parts) {
        return parts.size() == 1 ? "the text" : "part " + (part + 1);
    }
}

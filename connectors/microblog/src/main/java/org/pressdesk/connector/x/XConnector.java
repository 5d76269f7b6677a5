package org.pressdesk.connector.x;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.pressdesk.connector.Audience;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.Engagement;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Reconciliation;
import org.pressdesk.connector.ThreadJournal;
import org.pressdesk.connector.Violation;
import org.pressdesk.connector.http.PublishFailures;
import org.pressdesk.connector.timeline.OwnPost;
import org.pressdesk.connector.timeline.OwnTimeline;
import org.pressdesk.connector.timeline.TimelineReconciler;
import twitter4j.CreateTweetResponse;
import twitter4j.PaginationToken;
import twitter4j.Tweet;
import twitter4j.TweetsResponse;
import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.TwitterV2;
import twitter4j.TwitterV2ExKt;
import twitter4j.User2;
import twitter4j.UsersResponse;

/**
 * Publishes to one X account through {@code POST /2/tweets} (Twitter4J with takke's v2 add-on),
 * signed with the account's OAuth 1.0a user keys. A thread is a reply chain: every part after the
 * first replies to the one before ({@code reply.in_reply_to_tweet_id}).
 *
 * <p>X has no idempotency key, so a lost answer (or a 500, 502, 504) is
 * {@link PublishException.OutcomeUnknown}, which {@link #reconcile} settles by reading the account's
 * own posts back. Within one thread, parts X has accepted are remembered in the {@link ThreadJournal},
 * so a retry after a failure half-way continues the chain where it stopped.
 */
final class XConnector implements Connector {

    static final int TIMELINE_PAGE_SIZE = 100;
    static final int TIMELINE_PAGES = 5;

    private final String channelId;
    private final Twitter twitter;
    private final TwitterV2 v2;
    private final Clock clock;
    private final XErrorMapper errors;
    private final ThreadJournal journal;
    private final TimelineReconciler reconciler;
    private final AtomicReference<Long> userId = new AtomicReference<>();
    private final AtomicBoolean nonPublicMetrics = new AtomicBoolean(true);

    XConnector(String channelId, Twitter twitter, ThreadJournal journal, Optional<Long> userId, Clock clock) {
        this.channelId = channelId;
        this.journal = journal;
        this.reconciler = new TimelineReconciler("X", journal, XLength::comparable, XLength::comparableAsShown);
        userId.ifPresent(this.userId::set);
        this.twitter = twitter;
        this.v2 = TwitterV2ExKt.getV2(twitter);
        this.clock = clock;
        this.errors = new XErrorMapper(channelId, clock);
    }

    @Override
    public String channelId() {
        return channelId;
    }

    @Override
    public Capabilities capabilities() {
        return XRules.CAPABILITIES;
    }

    /** X's weighted length (twitter-text): CJK and emoji 2, URLs 23, everything else mostly 1. */
    @Override
    public int length(String text) {
        return XRules.INSTANCE.length(text);
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        return XRules.INSTANCE.validate(content);
    }

    @Override
    public PublishReceipt publish(ChannelContent content, String idempotencyKey) throws PublishException {
        List<String> parts = content.parts();
        List<ThreadJournal.PublishedPart> earlier = journal.published(channelId, idempotencyKey);
        List<String> earlierTexts = earlier.stream().map(ThreadJournal.PublishedPart::text).toList();
        List<String> ids = new ArrayList<>(earlier.stream().map(ThreadJournal.PublishedPart::remoteId).toList());
        if (!isPrefix(earlierTexts, parts)) {
            throw new PublishException.Permanent("parts " + ids + " of this thread are already on X"
                    + " with a different text; delete them on X or publish the new text as a new post");
        }
        Instant firstPublishedAt = earlier.isEmpty() ? null : earlier.getFirst().publishedAt();
        for (int part = ids.size(); part < parts.size(); part++) {
            Long inReplyTo = ids.isEmpty() ? null : Long.valueOf(ids.getLast());
            CreateTweetResponse created;
            try {
                created = v2.createTweet(null, null, null, null, null, null, null, null, null, inReplyTo, null,
                        parts.get(part));
            } catch (TwitterException e) {
                PublishException failure = errors.publishFailure(e);
                throw parts.size() == 1 ? failure : PublishFailures.prefixed(threadPosition(part, parts.size(), ids),
                        failure);
            }
            String id = Long.toString(created.getId());
            Instant publishedAt = clock.instant();
            ids.add(id);
            if (firstPublishedAt == null) {
                firstPublishedAt = publishedAt;
            }
            if (part < parts.size() - 1) {
                journal.record(channelId, idempotencyKey,
                        new ThreadJournal.PublishedPart(part, parts.get(part), id, publishedAt));
            }
        }
        journal.forget(channelId, idempotencyKey);
        return new PublishReceipt(ids.getFirst(), postUrl(ids.getFirst()), firstPublishedAt, ids);
    }

    /**
     * Looks for the post in the account's own posts since the first attempt, read from
     * {@code GET /2/users/:id/tweets} (newest first, up to {@value #TIMELINE_PAGES} pages of
     * {@value #TIMELINE_PAGE_SIZE}); a thread part by part along its reply chain. See
     * {@link TimelineReconciler} for what each answer means. X's refusal to list the posts (an access
     * level without timeline reads, revoked credentials) leaves the decision to a person.
     */
    @Override
    public Reconciliation reconcile(ChannelContent content, String idempotencyKey, Instant firstAttemptAt)
            throws PublishException {
        OwnTimeline timeline;
        try {
            timeline = ownPostsSince(TimelineReconciler.windowStart(firstAttemptAt));
        } catch (PublishException.Permanent refused) {
            return Reconciliation.undetermined("X did not let Pressdesk list the account's posts, so nothing could be"
                    + " checked: " + refused.getMessage());
        }
        return reconciler.reconcile(channelId, idempotencyKey, content.parts(), firstAttemptAt, timeline,
                XConnector::postUrl);
    }

    private OwnTimeline ownPostsSince(Instant since) throws PublishException {
        long user = userId();
        List<OwnPost> posts = new ArrayList<>();
        PaginationToken next = null;
        for (int page = 0; page < TIMELINE_PAGES; page++) {
            TweetsResponse answer;
            try {
                answer = v2.getUserTweets(user, null, "retweets", null, TIMELINE_PAGE_SIZE, null, next, null, null,
                        null, Date.from(since), "created_at,referenced_tweets", null, null);
            } catch (TwitterException e) {
                throw errors.readFailure(e);
            }
            for (Tweet tweet : answer.getTweets()) {
                if (tweet.getCreatedAt() != null) {
                    Long repliedTo = tweet.getRepliedToTweetId();
                    posts.add(new OwnPost(Long.toString(tweet.getId()), tweet.getText(), tweet.getCreatedAt().toInstant(),
                            repliedTo == null ? null : repliedTo.toString(), postUrl(Long.toString(tweet.getId()))));
                }
            }
            next = answer.getMeta() == null ? null : answer.getMeta().getNextToken();
            if (next == null) {
                return new OwnTimeline(posts, true, "checked the account's " + posts.size() + " posts on X since "
                        + since + " (all of them, GET /2/users/" + user + "/tweets)");
            }
        }
        return new OwnTimeline(posts, false, "checked the account's newest " + posts.size() + " posts on X since "
                + since + "; there are more, which Pressdesk did not read");
    }

    /** The account's numeric id: setting {@code user-id}, or {@code GET /2/users/me} once. */
    private long userId() throws PublishException {
        Long known = userId.get();
        if (known != null) {
            return known;
        }
        UsersResponse me;
        try {
            me = v2.getMe("pinned_tweet_id", null, null);
        } catch (TwitterException e) {
            throw errors.readFailure(e);
        }
        if (me.getUsers().isEmpty()) {
            throw new PublishException.Transient("X's answer to GET /2/users/me names no user");
        }
        long id = me.getUsers().getFirst().getId();
        userId.compareAndSet(null, id);
        return id;
    }

    /** Followers from {@code GET /2/users/me?user.fields=public_metrics}, or v1.1 verify_credentials if v2 is not in the app's plan. */
    @Override
    public Audience audience() throws PublishException {
        try {
            UsersResponse me = v2.getMe("pinned_tweet_id", null, "public_metrics");
            User2 user = me.getUsers().isEmpty() ? null : me.getUsers().getFirst();
            if (user != null && user.getPublicMetrics() != null) {
                return Audience.followers(user.getPublicMetrics().getFollowersCount(), clock.instant());
            }
        } catch (XApiException e) {
            if (e.getStatusCode() != 403) {
                throw errors.readFailure(e);
            }
        } catch (TwitterException e) {
            throw errors.readFailure(e);
        }
        try {
            return Audience.followers(twitter.verifyCredentials().getFollowersCount(), clock.instant());
        } catch (TwitterException e) {
            throw errors.readFailure(e);
        }
    }

    @Override
    public boolean supportsEngagement() {
        return true;
    }

    /**
     * Likes, reposts and replies from {@code GET /2/tweets?ids=…&tweet.fields=public_metrics,non_public_metrics};
     * impressions from the non-public metrics X gives the author for posts up to 30 days old. When the app's access
     * does not include them (HTTP 403), public metrics alone are read from then on.
     */
    @Override
    public Engagement engagement(String remoteId) throws PublishException {
        long id;
        try {
            id = Long.parseLong(remoteId);
        } catch (NumberFormatException e) {
            throw new PublishException.Permanent("'" + remoteId + "' is not an X post id");
        }
        TweetsResponse answer;
        try {
            answer = tweets(id, nonPublicMetrics.get());
        } catch (XApiException e) {
            if (e.getStatusCode() != 403 || !nonPublicMetrics.compareAndSet(true, false)) {
                throw errors.readFailure(e);
            }
            try {
                answer = tweets(id, false);
            } catch (TwitterException again) {
                throw errors.readFailure(again);
            }
        } catch (TwitterException e) {
            throw errors.readFailure(e);
        }
        Tweet tweet = answer.getTweets().stream().filter(found -> found.getId() == id).findFirst()
                .orElseThrow(() -> new PublishException.Permanent("X has no post " + remoteId
                        + " (deleted, or not visible to the account)"));
        Tweet.PublicMetrics metrics = tweet.getPublicMetrics();
        if (metrics == null) {
            throw new PublishException.Transient("X's answer for post " + remoteId + " has no public_metrics");
        }
        Tweet.NonPublicMetrics hidden = tweet.getNonPublicMetrics();
        return new Engagement(metrics.getLikeCount(), metrics.getRetweetCount() + metrics.getQuoteCount(),
                metrics.getReplyCount(), hidden == null ? OptionalLong.empty() : OptionalLong.of(hidden.getImpressionCount()),
                clock.instant());
    }

    private TweetsResponse tweets(long id, boolean withNonPublic) throws TwitterException {
        // Twitter4J's v2 add-on always sends an expansion; author_id is the smallest there is.
        return v2.getTweets(new long[] {id}, null, null, null,
                withNonPublic ? "public_metrics,non_public_metrics" : "public_metrics", null, "author_id");
    }

    private static boolean isPrefix(List<String> published, List<String> parts) {
        return published.size() < parts.size() && parts.subList(0, published.size()).equals(published);
    }

    private static String threadPosition(int part, int total, List<String> publishedIds) {
        String position = "part " + (part + 1) + " of " + total + ": ";
        return publishedIds.isEmpty() ? position
                : position + "parts 1–" + publishedIds.size() + " are on X as " + publishedIds
                        + " and a retry with the same key continues the thread; ";
    }

    private static URI postUrl(String id) {
        return URI.create("https://x.com/i/web/status/" + id);
    }

    @Override
    public String toString() {
        return "XConnector[" + channelId + "]";
    }
}

package org.pressdesk.connector.x;

import java.time.Duration;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pressdesk.connector.Audience;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.LengthRules;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.ThreadJournal;
import org.pressdesk.connector.Violation;
import org.pressdesk.connector.http.PublishFailures;
import twitter4j.CreateTweetResponse;
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
 * <p>X has no idempotency key, so a lost answer is {@link PublishException.OutcomeUnknown}. Within
 * one thread, parts X has accepted are remembered in the {@link ThreadJournal}, so a retry after a
 * failure half-way continues the chain where it stopped.
 */
final class XConnector implements Connector {

    private static final Capabilities CAPABILITIES =
            new Capabilities(XLength.MAX, LengthCounting.TWITTER_WEIGHTED, true, false, Duration.ZERO, true);

    private final String channelId;
    private final Twitter twitter;
    private final TwitterV2 v2;
    private final Clock clock;
    private final XErrorMapper errors;
    private final ThreadJournal journal;

    XConnector(String channelId, Twitter twitter, ThreadJournal journal, Clock clock) {
        this.channelId = channelId;
        this.journal = journal;
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
        return CAPABILITIES;
    }

    /** X's weighted length (twitter-text): CJK and emoji 2, URLs 23, everything else mostly 1. */
    @Override
    public int length(String text) {
        return XLength.of(text);
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        return LengthRules.check(content, CAPABILITIES, this::length);
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

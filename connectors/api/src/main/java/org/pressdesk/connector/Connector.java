package org.pressdesk.connector;

import java.time.Instant;
import java.util.List;

/**
 * One configured channel account that Pressdesk publishes to: a Weibo account, an X account,
 * a radio segment, an outbox folder.
 *
 * <p>Implementations are created by a {@link ConnectorType} for each configured channel and are
 * called concurrently from the dispatcher's virtual threads, so they must be thread-safe.
 */
public interface Connector {

    /** The channel account id this connector publishes to, as configured ({@code pressdesk.channels.<id>}). */
    String channelId();

    /** What this channel can do and how it counts length; constant for the connector's lifetime. */
    Capabilities capabilities();

    /**
     * Measures one part of text the way this channel counts it (see {@link Capabilities#lengthCounting()}).
     * Templates use it to decide where to split threads.
     *
     * @param text one part
     * @return its length in the channel's units
     */
    default int length(String text) {
        return LengthRules.codePoints(text);
    }

    /**
     * How posts for this channel are best written: the medium whose templates write them and the way the
     * channel writes hashtags. Constant for the connector's lifetime; a channel's {@code template-medium} and
     * {@code hashtag-style} settings override it.
     *
     * @return the hints; by default microblog templates with {@code #tag} hashtags ({@link TemplateHints#MICROBLOG})
     */
    default TemplateHints templateHints() {
        return TemplateHints.MICROBLOG;
    }

    /**
     * Checks content against this channel's rules before anything is queued or sent.
     *
     * @param content the channel-ready content
     * @return the rules it breaks; empty when it can be published as it is
     */
    List<Violation> validate(ChannelContent content);

    /**
     * Publishes content once.
     *
     * <p>When {@link Capabilities#idempotentPublish()} is true, calling this again with the same
     * {@code idempotencyKey} after a lost response must not publish a second copy.
     *
     * @param content        the channel-ready content (already validated)
     * @param idempotencyKey stable for every attempt at the same target
     * @return where the publication can be found
     * @throws PublishException.Transient    the channel failed in a way that a later retry may fix
     * @throws PublishException.RateLimited  the channel refused until {@code retryAt}
     * @throws PublishException.Permanent    the content or account cannot be published as it is
     * @throws PublishException.OutcomeUnknown the request may have reached the channel but no answer came back
     */
    PublishReceipt publish(ChannelContent content, String idempotencyKey) throws PublishException;

    /**
     * Looks on the channel for a publication whose outcome is unknown (a lost answer, an ambiguous
     * server error, a node that died mid-call), so that it can be settled without a person and
     * without a blind second post.
     *
     * <p>Connectors that can read the account's own recent posts compare them with {@code content}
     * (every part of a thread, in order). A thread found only in part is journalled up to the last
     * part found and reported {@link Reconciliation.Absent}, so that a re-send continues it.
     * The default answers {@link Reconciliation.Undetermined}: a person decides.
     *
     * @param content        what was sent
     * @param idempotencyKey the target's key
     * @param firstAttemptAt when the first attempt started; nothing earlier can be the publication
     * @return what the channel shows
     * @throws PublishException.Transient   the channel could not be asked now; ask again later
     * @throws PublishException.RateLimited the channel refused until {@code retryAt}
     */
    default Reconciliation reconcile(ChannelContent content, String idempotencyKey, Instant firstAttemptAt)
            throws PublishException {
        return Reconciliation.undetermined("this channel cannot list the account's own posts; check it by hand");
    }

    /**
     * Reads the account's audience, where the channel has one.
     *
     * @return the follower count, or {@link Audience#NONE} for channels without followers
     * @throws PublishException when the channel cannot be reached
     */
    Audience audience() throws PublishException;

    /**
     * Whether {@link #engagement(String)} can read a publication's likes, reposts and replies on this channel.
     *
     * @return false by default: the channel has no such figures or the connector cannot read them
     */
    default boolean supportsEngagement() {
        return false;
    }

    /**
     * Reads how people engaged with one of this account's publications. Each read is one call against the
     * channel's rate limit, so callers ration them.
     *
     * @param remoteId the publication's id as its {@link PublishReceipt} gave it (a thread's first part)
     * @return the counts as the channel shows them now
     * @throws UnsupportedOperationException when {@link #supportsEngagement()} is false (the default)
     * @throws PublishException.Transient    the channel could not be asked now; ask again later
     * @throws PublishException.RateLimited  the channel refused until {@code retryAt}
     * @throws PublishException.Permanent    the publication is gone or the account may not read it
     */
    default Engagement engagement(String remoteId) throws PublishException {
        throw new UnsupportedOperationException(channelId() + " cannot read engagement");
    }
}

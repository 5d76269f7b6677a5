package org.pressdesk.connector.mastodon;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.pressdesk.connector.Audience;
import org.pressdesk.connector.Engagement;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Reconciliation;
import org.pressdesk.connector.ThreadJournal;
import org.pressdesk.connector.Violation;
import org.pressdesk.connector.http.HttpResult;
import org.pressdesk.connector.http.PublishFailures;
import org.pressdesk.connector.timeline.OwnPost;
import org.pressdesk.connector.timeline.OwnTimeline;
import org.pressdesk.connector.timeline.TimelineReconciler;
import org.pressdesk.content.ContentLanguage;
import org.springframework.web.client.ResourceAccessException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes to one Mastodon account through {@code POST /api/v1/statuses}. A thread is a chain of
 * replies ({@code in_reply_to_id}).
 *
 * <p>Every status carries an {@code Idempotency-Key} derived from the target's key (the key itself
 * for a single post, {@code key#n} for part n of a thread), and Mastodon answers a repeated key with
 * the status it already created. So after a lost answer the same call can simply be made again.
 * Mastodon keeps these keys for one hour only, while a rate-limit wait or a manual retry can come
 * later: the parts of a thread it has accepted are therefore also remembered in the
 * {@link ThreadJournal}, as for X, and a retry continues the chain after the last of them.
 */
final class MastodonConnector implements Connector {

    static final int LISTING_PAGE_SIZE = 40;
    static final int LISTING_PAGES = 5;

    private final String channelId;
    private final MastodonSettings settings;
    private final MastodonClient client;
    private final MastodonRules rules;
    private final MastodonErrorMapper errors;
    private final ThreadJournal journal;
    private final TimelineReconciler reconciler;
    private final AtomicReference<String> accountUrl = new AtomicReference<>();
    private final Clock clock;

    MastodonConnector(String channelId, MastodonSettings settings, MastodonClient client,
                      MastodonInstanceLimits.Limits limits, ThreadJournal journal, Clock clock) {
        this.channelId = channelId;
        this.settings = settings;
        this.client = client;
        this.rules = new MastodonRules(limits);
        this.errors = new MastodonErrorMapper(channelId, clock);
        this.journal = journal;
        this.reconciler = new TimelineReconciler("Mastodon", journal, MastodonLength::comparable,
                MastodonLength::comparableAsShown);
        this.clock = clock;
    }

    @Override
    public String channelId() {
        return channelId;
    }

    /** The instance's {@code max_characters} (settled at creation, see {@link MastodonInstanceLimits}), threads, idempotent. */
    @Override
    public Capabilities capabilities() {
        return rules.capabilities();
    }

    /** Code points, with every URL counted as the instance's {@code characters_reserved_per_url}. */
    @Override
    public int length(String text) {
        return rules.length(text);
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        return rules.validate(content);
    }

    @Override
    public PublishReceipt publish(ChannelContent content, String idempotencyKey) throws PublishException {
        List<String> parts = content.parts();
        boolean thread = parts.size() > 1;
        List<ThreadJournal.PublishedPart> earlier = thread ? journal.published(channelId, idempotencyKey) : List.of();
        List<String> ids = new ArrayList<>(earlier.stream().map(ThreadJournal.PublishedPart::remoteId).toList());
        if (!isPrefix(earlier.stream().map(ThreadJournal.PublishedPart::text).toList(), parts)) {
            throw new PublishException.Permanent("parts " + ids + " of this thread are already on Mastodon with a"
                    + " different text; delete them on Mastodon or publish the new text as a new post");
        }
        URI firstUrl = null;
        Instant firstCreatedAt = earlier.isEmpty() ? null : earlier.getFirst().publishedAt();
        for (int part = ids.size(); part < parts.size(); part++) {
            String key = thread ? idempotencyKey + "#" + (part + 1) : idempotencyKey;
            String inReplyTo = ids.isEmpty() ? null : ids.getLast();
            JsonNode status;
            try {
                status = post(parts.get(part), language(content.language()), inReplyTo, key);
            } catch (PublishException failure) {
                throw thread ? PublishFailures.prefixed("part " + (part + 1) + " of " + parts.size()
                        + (ids.isEmpty() ? ": " : ": parts 1–" + ids.size() + " are online as " + ids
                        + " and a retry with the same key continues the thread; "), failure) : failure;
            }
            String id = status.path("id").asString();
            ids.add(id);
            if (part == 0) {
                firstUrl = url(status);
                firstCreatedAt = createdAt(status);
            } else if (firstUrl == null) {
                firstUrl = urlOfAnotherStatus(status, ids.getFirst());
            }
            if (thread && part < parts.size() - 1) {
                journal.record(channelId, idempotencyKey,
                        new ThreadJournal.PublishedPart(part, parts.get(part), id, createdAt(status)));
            }
        }
        if (thread) {
            journal.forget(channelId, idempotencyKey);
        }
        return new PublishReceipt(ids.getFirst(), firstUrl, firstCreatedAt, ids);
    }

    private static boolean isPrefix(List<String> published, List<String> parts) {
        return published.size() < parts.size() && parts.subList(0, published.size()).equals(published);
    }

    /**
     * Looks for the status in the account's own statuses since the first attempt
     * ({@code GET /api/v1/accounts/:id/statuses}, newest first, up to {@value #LISTING_PAGES} pages of
     * {@value #LISTING_PAGE_SIZE}; the id from {@code verify_credentials}), comparing the text sent with
     * the HTML Mastodon shows; a thread part by part along its reply chain. Needed only once Mastodon
     * has forgotten the idempotency key (after an hour): before that a re-send is safe. See
     * {@link TimelineReconciler}.
     */
    @Override
    public Reconciliation reconcile(ChannelContent content, String idempotencyKey, Instant firstAttemptAt)
            throws PublishException {
        OwnTimeline timeline;
        try {
            timeline = ownStatusesSince(TimelineReconciler.windowStart(firstAttemptAt));
        } catch (PublishException.Permanent refused) {
            return Reconciliation.undetermined("Mastodon did not let Pressdesk list the account's statuses, so nothing"
                    + " could be checked (listing them needs the read:statuses scope): " + refused.getMessage());
        }
        Map<String, URI> urls = new HashMap<>();
        timeline.posts().forEach(post -> urls.put(post.id(), post.url()));
        return reconciler.reconcile(channelId, idempotencyKey, content.parts(), firstAttemptAt, timeline,
                id -> urls.get(id) != null ? urls.get(id) : accountUrl(id));
    }

    /** Pages back until a status older than {@code since} closes a page or the account has no more. */
    private OwnTimeline ownStatusesSince(Instant since) throws PublishException {
        JsonNode me = json(read(client::verifyCredentials));
        String accountId = me.path("id").asString("");
        if (accountId.isBlank()) {
            throw new PublishException.Transient("Mastodon's verify_credentials answer has no account id");
        }
        accountUrl.compareAndSet(null, me.path("url").asString(""));
        List<OwnPost> posts = new ArrayList<>();
        int listed = 0;
        String maxId = null;
        for (int page = 0; page < LISTING_PAGES; page++) {
            String olderThan = maxId;
            JsonNode statuses = json(read(() -> client.accountStatuses(accountId, LISTING_PAGE_SIZE, olderThan)));
            if (statuses.isEmpty()) {
                return new OwnTimeline(posts, true, "checked the account's " + posts.size() + " statuses on Mastodon"
                        + " since " + since + " (all of them)");
            }
            Instant oldestOnPage = null;
            for (JsonNode status : statuses) {
                listed++;
                String id = status.path("id").asString("");
                maxId = id.isBlank() ? maxId : id;
                Instant createdAt = parseInstant(status.path("created_at").asString(""));
                if (id.isBlank() || createdAt == null) {
                    continue;
                }
                oldestOnPage = createdAt;
                if (!createdAt.isBefore(since)) {
                    posts.add(new OwnPost(id, status.path("content").asString(""), createdAt,
                            status.path("in_reply_to_id").asString(null), url(status)));
                }
            }
            if (oldestOnPage != null && oldestOnPage.isBefore(since)) {
                return new OwnTimeline(posts, true, "checked the account's " + posts.size() + " statuses on Mastodon"
                        + " since " + since + " (all of them)");
            }
        }
        return new OwnTimeline(posts, false, "checked the account's newest " + listed + " statuses on Mastodon, all since "
                + since + "; there are more, which Pressdesk did not read");
    }

    private URI accountUrl(String id) {
        String account = accountUrl.get();
        try {
            return account == null || account.isBlank() ? null : URI.create(account.replaceAll("/+$", "") + "/" + id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code followers_count} of {@code GET /api/v1/accounts/verify_credentials}. */
    @Override
    public Audience audience() throws PublishException {
        HttpResult answer = read(client::verifyCredentials);
        long followers = json(answer).path("followers_count").asLong(-1);
        if (followers < 0) {
            throw new PublishException.Transient("Mastodon's verify_credentials answer has no followers_count");
        }
        return Audience.followers(followers, clock.instant());
    }

    @Override
    public boolean supportsEngagement() {
        return true;
    }

    /** {@code favourites_count}, {@code reblogs_count} and {@code replies_count} of {@code GET /api/v1/statuses/:id}. */
    @Override
    public Engagement engagement(String remoteId) throws PublishException {
        JsonNode status = json(read(() -> client.status(remoteId)));
        return new Engagement(count(status, "favourites_count"), count(status, "reblogs_count"),
                count(status, "replies_count"), OptionalLong.empty(), clock.instant());
    }

    private static long count(JsonNode status, String field) throws PublishException.Transient {
        long value = status.path(field).asLong(-1);
        if (value < 0) {
            throw new PublishException.Transient("Mastodon's status answer has no " + field);
        }
        return value;
    }

    private JsonNode post(String text, String language, String inReplyTo, String key) throws PublishException {
        HttpResult answer;
        try {
            answer = client.postStatus(text, settings.visibility(), language, inReplyTo, key);
        } catch (ResourceAccessException e) {
            throw PublishFailures.network("Mastodon", e, "publishing it again with the same key is safe within an hour:"
                    + " Mastodon returns the status it created instead of a second one");
        }
        if (!answer.isSuccess()) {
            throw PublishFailures.afterSending(answer.status(), errors.map(answer),
                    "publishing it again with the same key is safe within an hour");
        }
        JsonNode status;
        try {
            status = json(answer);
        } catch (PublishException.Transient unreadable) {
            throw new PublishException.OutcomeUnknown("Mastodon accepted the status but its answer could not be read;"
                    + " publishing it again with the same key is safe within an hour", unreadable);
        }
        if (status.path("id").asString("").isBlank()) {
            throw new PublishException.OutcomeUnknown("Mastodon answered HTTP " + answer.status()
                    + " without a status id; publishing it again with the same key is safe within an hour", null);
        }
        return status;
    }

    private HttpResult read(Supplier<HttpResult> call) throws PublishException {
        HttpResult answer;
        try {
            answer = call.get();
        } catch (ResourceAccessException e) {
            throw PublishFailures.readFailure("Mastodon", e);
        }
        if (!answer.isSuccess()) {
            throw errors.map(answer);
        }
        return answer;
    }

    private static JsonNode json(HttpResult answer) throws PublishException.Transient {
        try {
            return JsonMapper.shared().readTree(answer.body());
        } catch (JacksonException e) {
            throw new PublishException.Transient("Mastodon's answer is not JSON", e);
        }
    }

    /** Mastodon takes ISO 639-1 codes, so both Chinese scripts are {@code zh}. */
    static String language(ContentLanguage language) {
        return language.locale().getLanguage();
    }

    private URI url(JsonNode status) {
        String url = status.path("url").asString(status.path("uri").asString(""));
        try {
            return url.isBlank() ? null : URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A status of the same account, e.g. part 1 of a thread journalled earlier: {@code <account url>/<id>}. */
    private static URI urlOfAnotherStatus(JsonNode status, String id) {
        String account = status.path("account").path("url").asString("");
        try {
            return account.isBlank() ? null : URI.create(account.replaceAll("/+$", "") + "/" + id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Instant createdAt(JsonNode status) {
        Instant parsed = parseInstant(status.path("created_at").asString(""));
        return parsed == null ? clock.instant() : parsed;
    }

    private static Instant parseInstant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "MastodonConnector[" + channelId + "]";
    }
}

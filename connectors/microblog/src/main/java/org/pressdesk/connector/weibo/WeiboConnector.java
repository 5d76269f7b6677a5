package org.pressdesk.connector.weibo;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.pressdesk.connector.TemplateHints;
import org.pressdesk.connector.Violation;
import org.pressdesk.connector.http.HttpResult;
import org.pressdesk.connector.http.PublishFailures;
import org.pressdesk.connector.timeline.OwnPost;
import org.pressdesk.connector.timeline.OwnTimeline;
import org.pressdesk.connector.timeline.TimelineReconciler;
import org.springframework.web.client.ResourceAccessException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes to one Sina Weibo account through the open API's {@code 2/statuses/share.json}, the
 * endpoint third-party apps may post with. Its rules shape this connector: at most 140 characters
 * as Weibo counts them, a link on the app's safe domain in every post (added here when the text
 * has none), no {@code #topic#} tags, no threads, and no idempotency key, so a lost answer leaves
 * the outcome unknown, which {@link #reconcile} settles by reading the account's statuses back.
 */
final class WeiboConnector implements Connector {

    static final String TOPIC_TAG = WeiboRules.TOPIC_TAG;
    static final int TIMELINE_PAGE_SIZE = 100;
    static final int TIMELINE_PAGES = 5;
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
            Locale.ENGLISH);

    private final String channelId;
    private final WeiboRules rules;
    private final WeiboClient client;
    private final WeiboErrorMapper errors;
    private final Clock clock;
    private final AtomicReference<String> uid = new AtomicReference<>();
    private final TimelineReconciler reconciler = new TimelineReconciler("Weibo", null,
            WeiboStatusText::comparable, WeiboStatusText::comparableAsShown);

    WeiboConnector(String channelId, WeiboSettings settings, WeiboClient client, Clock clock) {
        this.channelId = channelId;
        this.rules = new WeiboRules(settings.safeDomain(), settings.defaultLink());
        this.client = client;
        this.errors = new WeiboErrorMapper(channelId, settings, clock);
        this.clock = clock;
        settings.uid().ifPresent(uid::set);
    }

    @Override
    public String channelId() {
        return channelId;
    }

    @Override
    public Capabilities capabilities() {
        return WeiboRules.CAPABILITIES;
    }

    @Override
    public TemplateHints templateHints() {
        return rules.templateHints();
    }

    /** The post's length as Weibo counts it, the safe-domain link Pressdesk adds included; see {@link WeiboRules}. */
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
        if (content.isThread()) {
            throw new PublishException.Permanent("Weibo cannot publish a thread; render the content as one post");
        }
        String status = rules.status(content.parts().getFirst(), content.link());
        HttpResult answer;
        try {
            answer = client.share(status);
        } catch (ResourceAccessException e) {
            throw PublishFailures.network("Weibo", e,
                    "check the account before publishing it again, Weibo has no idempotency key");
        }
        if (!answer.isSuccess() || WeiboError.parse(answer.body()).isPresent()) {
            throw PublishFailures.afterSending(answer.status(), errors.map(answer),
                    "check the account before publishing it again, Weibo has no idempotency key");
        }
        return receipt(answer);
    }

    /**
     * Looks for the status in the account's own statuses since the first attempt, read from
     * {@code 2/statuses/user_timeline.json} (newest first, up to {@value #TIMELINE_PAGES} pages of
     * {@value #TIMELINE_PAGE_SIZE}), comparing the text as it was sent (link included) with the text
     * Weibo shows (the link shortened to t.cn). See {@link TimelineReconciler}.
     */
    @Override
    public Reconciliation reconcile(ChannelContent content, String idempotencyKey, Instant firstAttemptAt)
            throws PublishException {
        List<String> sent = content.parts().stream().map(part -> rules.status(part, content.link())).toList();
        OwnTimeline timeline;
        try {
            timeline = ownStatusesSince(TimelineReconciler.windowStart(firstAttemptAt));
        } catch (PublishException.Permanent refused) {
            return Reconciliation.undetermined("Weibo did not let Pressdesk list the account's statuses, so nothing"
                    + " could be checked: " + refused.getMessage());
        }
        return reconciler.reconcile(channelId, idempotencyKey, sent, firstAttemptAt, timeline, WeiboConnector::statusUrl);
    }

    /**
     * Pages through the account's statuses until one older than {@code since} closes a page (Weibo
     * lists newest first; a pinned status at the top of a page does not count) or the account has
     * no more.
     */
    private OwnTimeline ownStatusesSince(Instant since) throws PublishException {
        List<OwnPost> posts = new ArrayList<>();
        int listed = 0;
        for (int page = 1; page <= TIMELINE_PAGES; page++) {
            int number = page;
            JsonNode answer = read(() -> client.ownTimeline(TIMELINE_PAGE_SIZE, number));
            JsonNode statuses = answer.path("statuses");
            long total = answer.path("total_number").asLong(-1);
            if (statuses.isEmpty()) {
                if (total >= 0 && listed >= total) {
                    return new OwnTimeline(posts, true, "checked the account's " + posts.size() + " statuses on Weibo"
                            + " since " + since + " (all of them)");
                }
                return new OwnTimeline(posts, false, "Weibo listed only " + listed + " of the account's "
                        + (total >= 0 ? total : "unknown number of") + " statuses; " + posts.size() + " of them since "
                        + since + " were checked");
            }
            Instant oldestOnPage = null;
            for (JsonNode status : statuses) {
                listed++;
                Instant createdAt = parseCreatedAt(status.path("created_at").asString(""));
                String id = status.path("idstr").asString(status.path("mid").asString(""));
                if (createdAt == null || id.isBlank()) {
                    continue;
                }
                oldestOnPage = createdAt;
                if (!createdAt.isBefore(since)) {
                    posts.add(new OwnPost(id, status.path("text").asString(""), createdAt, null, statusUrl(id)));
                }
            }
            if (oldestOnPage != null && oldestOnPage.isBefore(since)) {
                return new OwnTimeline(posts, true, "checked the account's " + posts.size() + " statuses on Weibo"
                        + " since " + since + " (all of them, 2/statuses/user_timeline.json)");
            }
        }
        return new OwnTimeline(posts, false, "checked the account's newest " + listed + " statuses on Weibo, all since "
                + since + "; there are more, which Pressdesk did not read");
    }

    /** {@code followers_count} of {@code 2/users/show.json}; the uid is configured or read once from get_uid.json. */
    @Override
    public Audience audience() throws PublishException {
        String accountUid = uid();
        long followers = read(() -> client.showUser(accountUid)).path("followers_count").asLong(-1);
        if (followers < 0) {
            throw new PublishException.Transient("Weibo's users/show.json answer has no followers_count");
        }
        return Audience.followers(followers, clock.instant());
    }

    @Override
    public boolean supportsEngagement() {
        return true;
    }

    /** {@code attitudes}, {@code reposts} and {@code comments} of {@code 2/statuses/count.json}; Weibo gives no views. */
    @Override
    public Engagement engagement(String remoteId) throws PublishException {
        JsonNode counts = read(() -> client.counts(remoteId));
        for (JsonNode status : counts) {
            if (remoteId.equals(status.path("id").asString(""))) {
                return new Engagement(count(status, "attitudes"), count(status, "reposts"), count(status, "comments"),
                        OptionalLong.empty(), clock.instant());
            }
        }
        throw new PublishException.Permanent("Weibo has no status " + remoteId + " (deleted, or not visible to the"
                + " account)");
    }

    private static long count(JsonNode status, String field) throws PublishException.Transient {
        long value = status.path(field).asLong(-1);
        if (value < 0) {
            throw new PublishException.Transient("Weibo's statuses/count.json answer has no " + field);
        }
        return value;
    }

    private String uid() throws PublishException {
        String known = uid.get();
        if (known != null) {
            return known;
        }
        String read = read(client::ownUid).path("uid").asString("");
        if (read.isBlank()) {
            throw new PublishException.Transient("Weibo's get_uid.json answer has no uid");
        }
        uid.compareAndSet(null, read);
        return read;
    }

    /** A read-only call: failures to connect or read are transient, Weibo's errors are mapped as usual. */
    private JsonNode read(Supplier<HttpResult> call) throws PublishException {
        HttpResult answer;
        try {
            answer = call.get();
        } catch (ResourceAccessException e) {
            throw PublishFailures.readFailure("Weibo", e);
        }
        if (!answer.isSuccess() || WeiboError.parse(answer.body()).isPresent()) {
            throw errors.map(answer);
        }
        try {
            return JsonMapper.shared().readTree(answer.body());
        } catch (JacksonException e) {
            throw new PublishException.Transient("Weibo's answer is not JSON", e);
        }
    }

    private PublishReceipt receipt(HttpResult answer) throws PublishException {
        JsonNode status;
        try {
            status = JsonMapper.shared().readTree(answer.body());
        } catch (JacksonException e) {
            throw new PublishException.OutcomeUnknown("Weibo accepted the post but its answer could not be read", e);
        }
        String id = status.path("idstr").asString(status.path("mid").asString(status.path("id").asString("")));
        if (id.isBlank()) {
            throw new PublishException.OutcomeUnknown("Weibo answered HTTP " + answer.status()
                    + " without a post id; check the account before publishing it again", null);
        }
        return new PublishReceipt(id, statusUrl(id), createdAt(status.path("created_at").asString("")));
    }

    private static URI statusUrl(String id) {
        return URI.create("https://m.weibo.cn/status/" + id);
    }

    private Instant createdAt(String value) {
        Instant parsed = parseCreatedAt(value);
        return parsed == null ? clock.instant() : parsed;
    }

    private static Instant parseCreatedAt(String value) {
        try {
            return ZonedDateTime.parse(value, CREATED_AT).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "WeiboConnector[" + channelId + "]";
    }
}

package org.pressdesk.connector.weibo;

import java.time.Duration;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pressdesk.connector.Audience;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.HashtagStyle;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.LengthRules;
import org.pressdesk.connector.Medium;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.TemplateHints;
import org.pressdesk.connector.Violation;
import org.pressdesk.connector.http.HttpResult;
import org.pressdesk.connector.http.PublishFailures;
import org.springframework.web.client.ResourceAccessException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes to one Sina Weibo account through the open API's {@code 2/statuses/share.json}, the
 * endpoint third-party apps may post with. Its rules shape this connector: at most 140 characters
 * as Weibo counts them, a link on the app's safe domain in every post (added here when the text
 * has none), no {@code #topic#} tags, no threads, and no idempotency key, so a lost answer leaves
 * the outcome unknown.
 */
final class WeiboConnector implements Connector {

    static final String TOPIC_TAG = "topic-tag";
    private static final TemplateHints TEMPLATE_HINTS = new TemplateHints(Medium.MICROBLOG, HashtagStyle.NONE);

    private static final Capabilities CAPABILITIES =
            new Capabilities(WeiboLength.MAX, LengthCounting.WEIBO, false, false, Duration.ZERO, true);
    private static final Pattern TOPIC = Pattern.compile("#[^#\\s]+#");
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
            Locale.ENGLISH);

    private final String channelId;
    private final WeiboSettings settings;
    private final WeiboClient client;
    private final WeiboErrorMapper errors;
    private final Clock clock;
    private final AtomicReference<String> uid = new AtomicReference<>();

    WeiboConnector(String channelId, WeiboSettings settings, WeiboClient client, Clock clock) {
        this.channelId = channelId;
        this.settings = settings;
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
        return CAPABILITIES;
    }

    /** Microblog templates without hashtags: {@code share.json} refuses {@code #topic#} tags (see {@link #validate}). */
    @Override
    public TemplateHints templateHints() {
        return TEMPLATE_HINTS;
    }

    /**
     * The length of the post as it will be published: the text plus the safe-domain link added when
     * it has none (any link up to 140 bytes counts 10, so the default link stands for them all).
     */
    @Override
    public int length(String text) {
        return WeiboLength.of(WeiboStatusText.compose(text, settings.defaultLink(), settings.safeDomain()));
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        URI link = WeiboStatusText.linkFor(content.link(), settings);
        List<Violation> violations = new ArrayList<>(LengthRules.check(content, CAPABILITIES,
                part -> WeiboLength.of(WeiboStatusText.compose(part, link, settings.safeDomain()))));
        for (int part = 0; part < content.parts().size(); part++) {
            Matcher topic = TOPIC.matcher(content.parts().get(part));
            if (topic.find()) {
                violations.add(new Violation(TOPIC_TAG, "share.json refuses #topic# tags such as " + topic.group()
                        + "; remove the # marks", part));
            }
        }
        return violations;
    }

    @Override
    public PublishReceipt publish(ChannelContent content, String idempotencyKey) throws PublishException {
        if (content.isThread()) {
            throw new PublishException.Permanent("Weibo cannot publish a thread; render the content as one post");
        }
        String status = WeiboStatusText.compose(content.parts().getFirst(),
                WeiboStatusText.linkFor(content.link(), settings), settings.safeDomain());
        HttpResult answer;
        try {
            answer = client.share(status);
        } catch (ResourceAccessException e) {
            throw PublishFailures.network("Weibo", e,
                    "check the account before publishing it again, Weibo has no idempotency key");
        }
        if (!answer.isSuccess() || WeiboError.parse(answer.body()).isPresent()) {
            throw errors.map(answer);
        }
        return receipt(answer);
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
        return new PublishReceipt(id, URI.create("https://m.weibo.cn/status/" + id),
                createdAt(status.path("created_at").asString("")));
    }

    private Instant createdAt(String value) {
        try {
            return ZonedDateTime.parse(value, CREATED_AT).toInstant();
        } catch (DateTimeParseException e) {
            return clock.instant();
        }
    }

    @Override
    public String toString() {
        return "WeiboConnector[" + channelId + "]";
    }
}

package org.pressdesk.connector.mastodon;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.pressdesk.connector.Audience;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.LengthRules;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Violation;
import org.pressdesk.connector.http.HttpResult;
import org.pressdesk.connector.http.PublishFailures;
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
 * the status it already created. So after a lost answer the same call can simply be made again,
 * and a thread that failed half-way is re-sent whole: the parts already online come back as they
 * are. Mastodon keeps these keys for one hour.
 */
final class MastodonConnector implements Connector {

    private final String channelId;
    private final MastodonSettings settings;
    private final MastodonClient client;
    private final MastodonInstanceLimits.Limits limits;
    private final Capabilities capabilities;
    private final MastodonErrorMapper errors;
    private final Clock clock;

    MastodonConnector(String channelId, MastodonSettings settings, MastodonClient client,
                      MastodonInstanceLimits.Limits limits, Clock clock) {
        this.channelId = channelId;
        this.settings = settings;
        this.client = client;
        this.limits = limits;
        this.capabilities = new Capabilities(limits.maxCharacters(), LengthCounting.CODE_POINTS, true, false,
                MastodonClient.IDEMPOTENCY_KEY_KEPT, true);
        this.errors = new MastodonErrorMapper(channelId, clock);
        this.clock = clock;
    }

    @Override
    public String channelId() {
        return channelId;
    }

    /** The instance's {@code max_characters} (settled at creation, see {@link MastodonInstanceLimits}), threads, idempotent. */
    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    /** Code points, with every URL counted as the instance's {@code characters_reserved_per_url}. */
    @Override
    public int length(String text) {
        return MastodonLength.of(text, limits.charactersReservedPerUrl());
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        return LengthRules.check(content, capabilities, this::length);
    }

    @Override
    public PublishReceipt publish(ChannelContent content, String idempotencyKey) throws PublishException {
        List<String> parts = content.parts();
        List<String> ids = new ArrayList<>();
        URI firstUrl = null;
        Instant firstCreatedAt = null;
        for (int part = 0; part < parts.size(); part++) {
            String key = parts.size() == 1 ? idempotencyKey : idempotencyKey + "#" + (part + 1);
            String inReplyTo = ids.isEmpty() ? null : ids.getLast();
            JsonNode status;
            try {
                status = post(parts.get(part), language(content.language()), inReplyTo, key);
            } catch (PublishException failure) {
                throw parts.size() == 1 ? failure : PublishFailures.prefixed("part " + (part + 1) + " of " + parts.size()
                        + (ids.isEmpty() ? ": " : ": parts 1–" + ids.size() + " are online as " + ids + "; ")
                        + "re-sending the thread with the same key does not repeat them; ", failure);
            }
            ids.add(status.path("id").asString());
            if (firstUrl == null) {
                firstUrl = url(status);
                firstCreatedAt = createdAt(status);
            }
        }
        return new PublishReceipt(ids.getFirst(), firstUrl, firstCreatedAt, ids);
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

    private JsonNode post(String text, String language, String inReplyTo, String key) throws PublishException {
        HttpResult answer;
        try {
            answer = client.postStatus(text, settings.visibility(), language, inReplyTo, key);
        } catch (ResourceAccessException e) {
            throw PublishFailures.network("Mastodon", e, "publishing it again with the same key is safe within an hour:"
                    + " Mastodon returns the status it created instead of a second one");
        }
        if (!answer.isSuccess()) {
            throw errors.map(answer);
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

    private Instant createdAt(JsonNode status) {
        try {
            return Instant.parse(status.path("created_at").asString(""));
        } catch (DateTimeParseException e) {
            return clock.instant();
        }
    }

    @Override
    public String toString() {
        return "MastodonConnector[" + channelId + "]";
    }
}

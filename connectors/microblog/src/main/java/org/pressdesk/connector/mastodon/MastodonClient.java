package org.pressdesk.connector.mastodon;

import java.time.Duration;
import org.pressdesk.connector.http.HttpResult;
import org.pressdesk.connector.http.HttpTimeouts;
import org.pressdesk.connector.http.JdkHttp;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/** The Mastodon REST calls the connector makes, authorised with {@code Authorization: Bearer} (but for the instance's limits). */
final class MastodonClient {

    /** Mastodon keeps an {@code Idempotency-Key} in Redis for 3,600 s (app/controllers/concerns/idempotency). */
    static final Duration IDEMPOTENCY_KEY_KEPT = Duration.ofHours(1);
    /** The longest {@link #instance()} waits for an answer, whatever the channel's read-timeout: it runs at start-up. */
    static final Duration INSTANCE_READ_TIMEOUT = Duration.ofSeconds(5);

    private final RestClient http;
    private final RestClient instanceHttp;
    private final String bearer;

    MastodonClient(MastodonSettings settings, String accessToken) {
        this.http = JdkHttp.restClient(settings.baseUrl(), settings.timeouts(), "Pressdesk");
        HttpTimeouts timeouts = settings.timeouts();
        this.instanceHttp = JdkHttp.restClient(settings.baseUrl(), new HttpTimeouts(timeouts.connect(),
                timeouts.read().compareTo(INSTANCE_READ_TIMEOUT) < 0 ? timeouts.read() : INSTANCE_READ_TIMEOUT),
                "Pressdesk");
        this.bearer = "Bearer " + accessToken;
    }

    /**
     * {@code POST /api/v1/statuses} as a form.
     *
     * @param idempotencyKey sent as {@code Idempotency-Key}: the instance answers a repeat within an
     *                       hour with the status it created the first time instead of a new one
     * @param inReplyTo      the status this one continues, or null
     * @throws ResourceAccessException when no complete answer came back
     */
    HttpResult postStatus(String text, String visibility, String language, String inReplyTo, String idempotencyKey) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("status", text);
        form.add("visibility", visibility);
        form.add("language", language);
        if (inReplyTo != null) {
            form.add("in_reply_to_id", inReplyTo);
        }
        return HttpResult.exchange(http.post().uri("api/v1/statuses")
                .header("Authorization", bearer)
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form));
    }

    /** {@code GET /api/v2/instance}: the limits in {@code configuration.statuses}. Public, so sent without the token. */
    HttpResult instance() {
        return HttpResult.exchange(instanceHttp.get().uri("api/v2/instance"));
    }

    /** {@code GET /api/v1/accounts/verify_credentials}: the token's account, with {@code followers_count}. */
    HttpResult verifyCredentials() {
        return HttpResult.exchange(http.get().uri("api/v1/accounts/verify_credentials").header("Authorization", bearer));
    }

    /** {@code GET /api/v1/statuses/:id}: one status with its favourites, reblogs and replies counts. */
    HttpResult status(String id) {
        return HttpResult.exchange(http.get().uri("api/v1/statuses/{id}", id).header("Authorization", bearer));
    }

    /**
     * {@code GET /api/v1/accounts/:id/statuses?limit=…&exclude_reblogs=true[&max_id=…]}: the account's
     * statuses, newest first, older than {@code maxId} when given. Needs the {@code read:statuses} scope.
     */
    HttpResult accountStatuses(String accountId, int limit, String maxId) {
        return HttpResult.exchange(http.get().uri(uri -> {
            uri.path("api/v1/accounts/{id}/statuses").queryParam("limit", limit).queryParam("exclude_reblogs", true);
            if (maxId != null) {
                uri.queryParam("max_id", maxId);
            }
            return uri.build(accountId);
        }).header("Authorization", bearer));
    }

    @Override
    public String toString() {
        return "MastodonClient";
    }
}

package org.pressdesk.connector.weibo;

import org.pressdesk.connector.http.HttpResult;
import org.pressdesk.connector.http.JdkHttp;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The Weibo open-API calls the connector makes. The access token goes in the form body of
 * share.json (as documented) and in the {@code Authorization: OAuth2 …} header of reads, never in
 * a URL, so no URL that ends up in a log or an exception carries it.
 */
final class WeiboClient {

    private final RestClient http;
    private final String accessToken;
    private final String rip;

    WeiboClient(WeiboSettings settings, String accessToken) {
        this.http = JdkHttp.restClient(settings.baseUrl(), settings.timeouts(), "Pressdesk");
        this.accessToken = accessToken;
        this.rip = settings.rip();
    }

    /**
     * {@code POST 2/statuses/share.json} with {@code access_token}, {@code status} and {@code rip}.
     *
     * @throws ResourceAccessException when no complete answer came back
     */
    HttpResult share(String status) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("access_token", accessToken);
        form.add("status", status);
        form.add("rip", rip);
        return HttpResult.exchange(http.post().uri("2/statuses/share.json")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form));
    }

    /** {@code GET 2/users/show.json?uid=…}: the account, with its {@code followers_count}. */
    HttpResult showUser(String uid) {
        return HttpResult.exchange(http.get().uri(uri -> uri.path("2/users/show.json").queryParam("uid", uid).build())
                .header("Authorization", "OAuth2 " + accessToken));
    }

    /**
     * {@code GET 2/statuses/user_timeline.json?count=…&page=…&trim_user=1}: the token's account's own
     * statuses, newest first, with {@code total_number}.
     */
    HttpResult ownTimeline(int count, int page) {
        return HttpResult.exchange(http.get().uri(uri -> uri.path("2/statuses/user_timeline.json")
                        .queryParam("count", count).queryParam("page", page).queryParam("trim_user", 1).build())
                .header("Authorization", "OAuth2 " + accessToken));
    }

    /**
     * {@code GET 2/statuses/count.json?ids=…}: {@code [{"id":…,"comments":…,"reposts":…,"attitudes":…}]}, the counts
     * of up to 100 statuses.
     */
    HttpResult counts(String ids) {
        return HttpResult.exchange(http.get().uri(uri -> uri.path("2/statuses/count.json").queryParam("ids", ids).build())
                .header("Authorization", "OAuth2 " + accessToken));
    }

    /** {@code GET 2/account/get_uid.json}: {@code {"uid":…}} of the token's account. */
    HttpResult ownUid() {
        return HttpResult.exchange(http.get().uri("2/account/get_uid.json")
                .header("Authorization", "OAuth2 " + accessToken));
    }

    @Override
    public String toString() {
        return "WeiboClient";
    }
}

package org.pressdesk.connector.weibo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressdesk.connector.AccountStatus;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.ConnectorContractTest;
import org.pressdesk.connector.Engagement;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Reconciliation;
import org.pressdesk.connector.Violation;
import org.pressdesk.connector.Withdrawal;
import org.pressdesk.connector.http.TestServers;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;

class WeiboConnectorTest extends ConnectorContractTest {

    static final Instant NOW = Instant.parse("2011-12-30T07:20:05Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String TOKEN = "2.00SECRET_weibo_token_never_printed";
    static final String SAFE_LINK = "https://www.fmprc.gov.cn/";

    static final FakeWeiboStatuses STATUSES = new FakeWeiboStatuses();
    static final WireMockServer WEIBO = new WireMockServer(wireMockConfig().dynamicPort().extensions(STATUSES));

    @BeforeAll
    static void startWeibo() {
        WEIBO.start();
    }

    @AfterAll
    static void stopWeibo() {
        WEIBO.stop();
    }

    @Override
    protected Connector createConnector() {
        WEIBO.resetAll();
        STATUSES.reset();
        WEIBO.stubFor(post("/2/statuses/share.json").willReturn(aResponse().withTransformers(FakeWeiboStatuses.NAME)));
        WEIBO.stubFor(post("/2/statuses/destroy.json").willReturn(aResponse().withTransformers(FakeWeiboStatuses.NAME)));
        WEIBO.stubFor(get(urlPathEqualTo("/2/statuses/user_timeline.json"))
                .willReturn(aResponse().withTransformers(FakeWeiboStatuses.NAME)));
        WEIBO.stubFor(get(urlPathEqualTo("/2/users/show.json")).willReturn(okJson("""
                {"id":1904178193,"idstr":"1904178193","screen_name":"外交小灵通","followers_count":1234567,"statuses_count":2300}""")));
        WEIBO.stubFor(get(urlPathEqualTo("/2/account/get_uid.json")).willReturn(okJson("{\"uid\":1904178193}")));
        return connector(Map.of());
    }

    @Override
    protected String configuredChannelId() {
        return "weibo-mfa";
    }

    @Override
    protected boolean listsItsOwnPosts() {
        return true;
    }

    @Override
    protected boolean stillOnChannel(PublishReceipt receipt) {
        return receipt.partIds().stream().anyMatch(STATUSES::has);
    }

    @Override
    protected List<String> textsReceivedByChannel() {
        return shareRequests().stream().map(request -> form(request).get("status")).toList();
    }

    static Connector connector(Map<String, String> extraSettings) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "base-url", WEIBO.baseUrl(),
                "safe-domain", "www.fmprc.gov.cn",
                "rip", "211.156.0.1",
                "read-timeout", "5s"));
        settings.putAll(extraSettings);
        return new WeiboConnectorType(CLOCK).create(new ChannelAccount("weibo-mfa", "weibo", "「外交小靈通」新浪微博",
                settings, Map.of("access-token", TOKEN)));
    }

    static List<LoggedRequest> shareRequests() {
        return WEIBO.findAll(postRequestedFor(urlEqualTo("/2/statuses/share.json")));
    }

    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] nameValue = pair.split("=", 2);
            form.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(nameValue.length > 1 ? nameValue[1] : "", StandardCharsets.UTF_8));
        }
        return form;
    }

    static ChannelContent weiboPost(String text, URI link) {
        return new ChannelContent(ContentKind.SPOKESPERSON_ANSWER, ContentLanguage.ZH_HANS, "答记者问", List.of(text),
                link, SCHEDULED_AT, null);
    }

    static void weiboAnswers(int status, String body) {
        WEIBO.stubFor(post("/2/statuses/share.json").willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    static PublishException publishFails() {
        return catchThrowableOfType(PublishException.class,
                () -> connector(Map.of()).publish(weiboPost("外交部发言人洪磊答记者问", null), "key-1"));
    }

    @Test
    void sharesAFormWithTokenStatusAndRipAndAddsTheSafeDomainLink() throws Exception {
        PublishReceipt receipt = connector().publish(weiboPost("外交部发言人洪磊就伊朗与六国对话等答记者问", null), "key-1");

        LoggedRequest request = shareRequests().getFirst();
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(form(request)).containsExactly(
                Map.entry("access_token", TOKEN),
                Map.entry("status", "外交部发言人洪磊就伊朗与六国对话等答记者问 " + SAFE_LINK),
                Map.entry("rip", "211.156.0.1"));
        assertThat(receipt.remoteId()).startsWith("35048036").hasSize(16);
        assertThat(receipt.url()).isEqualTo(URI.create("https://m.weibo.cn/status/" + receipt.remoteId()));
        assertThat(receipt.publishedAt()).isEqualTo(Instant.parse("2011-12-30T07:00:05Z"));
    }

    @Test
    void usesTheContentsOwnLinkWhenItIsOnTheSafeDomain() throws Exception {
        URI link = URI.create("https://www.fmprc.gov.cn/web/fyrbt_673021/t891234.shtml");
        connector().publish(weiboPost("洪磊答记者问", link), "key-1");

        assertThat(form(shareRequests().getFirst()).get("status")).isEqualTo("洪磊答记者问 " + link);
    }

    @Test
    void addsTheSafeLinkWhenTheContentsLinkIsElsewhere() throws Exception {
        connector().publish(weiboPost("洪磊答记者问", URI.create("https://example.org/a")), "key-1");

        assertThat(form(shareRequests().getFirst()).get("status")).isEqualTo("洪磊答记者问 " + SAFE_LINK);
    }

    @Test
    void leavesATextThatAlreadyLinksToTheSafeDomainAsItIs() throws Exception {
        String text = "详见 http://fmprc.gov.cn/web/t1.shtml 全文";
        connector(Map.of("safe-domain", "fmprc.gov.cn")).publish(weiboPost(text, null), "key-1");

        assertThat(form(shareRequests().getFirst()).get("status")).isEqualTo(text);
    }

    @Test
    void refusesAThreadAndTopicTags() {
        assertThat(connector().validate(weiboPost("#外交部# 答记者问", null)))
                .extracting(Violation::code).containsExactly(WeiboConnector.TOPIC_TAG);
        assertThatThrownBy(() -> connector().publish(content("一", "二"), "key-1"))
                .isInstanceOf(PublishException.Permanent.class);
        assertThat(shareRequests()).isEmpty();
    }

    @Test
    void readsFollowersWithTheConfiguredUidAndTheTokenInAHeader() throws Exception {
        assertThat(connector(Map.of("uid", "1904178193")).audience().followers()).hasValue(1_234_567L);

        LoggedRequest request = WEIBO.findAll(getRequestedFor(urlPathEqualTo("/2/users/show.json"))).getFirst();
        assertThat(request.queryParameter("uid").firstValue()).isEqualTo("1904178193");
        assertThat(request.getHeader("Authorization")).isEqualTo("OAuth2 " + TOKEN);
        assertThat(WEIBO.findAll(getRequestedFor(urlPathEqualTo("/2/account/get_uid.json")))).isEmpty();
    }

    @Test
    void readsTheUidOnceWhenItIsNotConfigured() throws Exception {
        Connector weibo = connector();
        weibo.audience();
        weibo.audience();

        assertThat(WEIBO.findAll(getRequestedFor(urlPathEqualTo("/2/account/get_uid.json")))).hasSize(1)
                .allMatch(request -> ("OAuth2 " + TOKEN).equals(request.getHeader("Authorization")));
        assertThat(WEIBO.findAll(getRequestedFor(urlPathEqualTo("/2/users/show.json")))).hasSize(2);
    }

    @Test
    void neverPutsTheTokenInAUrl() throws Exception {
        connector().publish(weiboPost("答记者问", null), "key-1");
        connector().audience();

        assertThat(WEIBO.findAll(anyRequestedFor(anyUrl()))).hasSize(3)
                .noneMatch(request -> request.getAbsoluteUrl().contains(TOKEN));
    }

    /** Connector.reconcile: the account's own statuses read back from 2/statuses/user_timeline.json. */
    @Nested
    class Withdrawing {

        static final PublishReceipt SOME_STATUS = new PublishReceipt("3504803600000001", null, NOW);

        @Test
        void weiboCanWithdraw() {
            assertThat(connector().canWithdraw()).isTrue();
        }

        @Test
        void destroysTheStatusWithTheTokenInTheFormNeverInTheUrl() throws Exception {
            PublishReceipt receipt = connector().publish(weiboPost("中方欢迎各方恢复对话", null), "key-1");

            Withdrawal withdrawal = connector().withdraw(receipt, "key-1");

            assertThat(withdrawal.outcome()).isEqualTo(Withdrawal.Outcome.WITHDRAWN);
            LoggedRequest destroy = WEIBO.findAll(postRequestedFor(urlEqualTo("/2/statuses/destroy.json"))).getFirst();
            assertThat(form(destroy)).containsEntry("id", receipt.remoteId()).containsEntry("access_token", TOKEN);
            assertThat(destroy.getUrl()).doesNotContain(TOKEN);
        }

        @Test
        void aStatusThatNoLongerExistsIsAlreadyGone() throws Exception {
            assertThat(connector().withdraw(SOME_STATUS, "k").outcome()).isEqualTo(Withdrawal.Outcome.ALREADY_GONE);
        }

        @Test
        void anExpiredTokenMakesTheAccountUnavailable() {
            WEIBO.stubFor(post("/2/statuses/destroy.json").willReturn(aResponse().withStatus(401)
                    .withBody("{\"error\":\"expired_token\",\"error_code\":21327}")));

            assertThatThrownBy(() -> connector().withdraw(SOME_STATUS, "k"))
                    .isInstanceOfSatisfying(PublishException.AccountUnavailable.class, unavailable -> assertThat(unavailable.why())
                            .isEqualTo(PublishException.AccountUnavailable.Why.CREDENTIALS_INVALID));
        }

        @Test
        void theAccountsCallLimitMakesTheAccountUnavailableUntilTheNextHour() {
            WEIBO.stubFor(post("/2/statuses/destroy.json").willReturn(aResponse().withStatus(403)
                    .withBody("{\"error\":\"User requests out of rate limit!\",\"error_code\":10023}")));

            assertThatThrownBy(() -> connector().withdraw(SOME_STATUS, "k"))
                    .isInstanceOfSatisfying(PublishException.AccountUnavailable.class, unavailable -> assertThat(unavailable.why())
                            .isEqualTo(PublishException.AccountUnavailable.Why.QUOTA_EXHAUSTED));
        }

        @Test
        void aLostAnswerIsTransientBecauseDestroyingAgainIsSafe() {
            WEIBO.stubFor(post("/2/statuses/destroy.json").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            assertThatThrownBy(() -> connector().withdraw(SOME_STATUS, "k"))
                    .isInstanceOf(PublishException.Transient.class).hasMessageNotContaining(TOKEN);
        }

        @Test
        void aServerErrorIsTransient() {
            WEIBO.stubFor(post("/2/statuses/destroy.json").willReturn(aResponse().withStatus(502)));

            assertThatThrownBy(() -> connector().withdraw(SOME_STATUS, "k"))
                    .isInstanceOf(PublishException.Transient.class);
        }
    }

    @Nested
    class Reconcile {

        static final Instant FIRST_ATTEMPT = Instant.parse("2011-12-30T07:00:00Z");
        static final String TIMELINE = "/2/statuses/user_timeline.json";

        static String status(String id, String text, String createdAt) {
            return "{\"created_at\":\"" + createdAt + "\",\"id\":" + id + ",\"idstr\":\"" + id + "\",\"mid\":\"" + id
                    + "\",\"text\":" + tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(text)
                    + ",\"in_reply_to_status_id\":\"\",\"source\":\"<a href=\\\"http://app.weibo.com/t/feed/1\\\" rel=\\\"nofollow\\\">Pressdesk</a>\"}";
        }

        static void timelineShows(long total, String... statuses) {
            WEIBO.stubFor(get(urlPathEqualTo(TIMELINE)).willReturn(okJson("{\"statuses\":[" + String.join(",", statuses)
                    + "],\"total_number\":" + total + ",\"previous_cursor\":0,\"next_cursor\":0}")));
        }

        static List<LoggedRequest> timelineRequests() {
            return WEIBO.findAll(getRequestedFor(urlPathEqualTo(TIMELINE)));
        }

        /** Every page requested exactly as documented, the token in the header and never in the URL. */
        static void assertTimelineRequestedInFull(int pages) {
            List<LoggedRequest> requests = timelineRequests();
            assertThat(requests).hasSize(pages);
            for (int page = 0; page < pages; page++) {
                LoggedRequest request = requests.get(page);
                Map<String, String> query = new HashMap<>();
                request.getQueryParams().forEach((name, value) -> query.put(name, value.firstValue()));
                assertThat(query).isEqualTo(Map.of("count", "100", "page", Integer.toString(page + 1), "trim_user", "1"));
                assertThat(request.getHeader("Authorization")).isEqualTo("OAuth2 " + TOKEN);
                assertThat(request.getAbsoluteUrl()).doesNotContain(TOKEN);
            }
            assertThat(shareRequests()).as("reconciling never posts").isEmpty();
        }

        static ChannelContent answer() {
            return weiboPost("外交部发言人洪磊就伊朗与六国对话等答记者问", null);
        }

        @Test
        void findsTheStatusThoughWeiboShortenedTheLinkPressdeskAdded() throws Exception {
            timelineShows(2300,
                    status("3504803699990002", "另一条消息 http://t.cn/zOXAbcd", "Fri Dec 30 15:20:00 +0800 2011"),
                    status("3504803699990001", "外交部发言人洪磊就伊朗与六国对话等答记者问 http://t.cn/zOXAaic",
                            "Fri Dec 30 15:00:04 +0800 2011"),
                    status("3504803699980000", "昨天的消息", "Thu Dec 29 15:00:00 +0800 2011"));

            var reconciled = connector().reconcile(answer(), "key-1", FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Found.class, found -> {
                assertThat(found.receipt().remoteId()).isEqualTo("3504803699990001");
                assertThat(found.receipt().partIds()).containsExactly("3504803699990001");
                assertThat(found.receipt().url()).isEqualTo(URI.create("https://m.weibo.cn/status/3504803699990001"));
                assertThat(found.receipt().publishedAt()).isEqualTo(Instant.parse("2011-12-30T07:00:04Z"));
                assertThat(found.checked()).contains("3504803699990001");
            });
            assertTimelineRequestedInFull(1);
        }

        @Test
        void aStatusMissingFromAListingThatReachesBackIsAbsent() throws Exception {
            timelineShows(2300,
                    status("3504803699990002", "另一条消息 http://t.cn/zOXAbcd", "Fri Dec 30 15:20:00 +0800 2011"),
                    status("3504803699980000", "外交部发言人洪磊就伊朗与六国对话等答记者问 http://t.cn/zOXAaic",
                            "Fri Dec 30 14:50:00 +0800 2011"));

            var reconciled = connector().reconcile(answer(), "key-1", FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Absent.class,
                    absent -> assertThat(absent.checked()).contains("not on Weibo").contains("2011-12-30T06:59:00Z"));
            assertTimelineRequestedInFull(1);
        }

        @Test
        void theEndOfTheAccountsStatusesReachesBackToo() throws Exception {
            WEIBO.stubFor(get(urlPathEqualTo(TIMELINE)).withQueryParam("page", equalTo("1")).willReturn(okJson(
                    "{\"statuses\":[" + status("3504803699990002", "另一条消息", "Fri Dec 30 15:20:00 +0800 2011")
                            + "],\"total_number\":1}")));
            WEIBO.stubFor(get(urlPathEqualTo(TIMELINE)).withQueryParam("page", equalTo("2"))
                    .willReturn(okJson("{\"statuses\":[],\"total_number\":1}")));

            assertThat(connector().reconcile(answer(), "key-1", FIRST_ATTEMPT)).isInstanceOf(Reconciliation.Absent.class);
            assertTimelineRequestedInFull(2);
        }

        @Test
        void aListingThatEndsBeforeTheAccountsTotalIsUndetermined() throws Exception {
            WEIBO.stubFor(get(urlPathEqualTo(TIMELINE)).withQueryParam("page", equalTo("1")).willReturn(okJson(
                    "{\"statuses\":[" + status("3504803699990002", "另一条消息", "Fri Dec 30 15:20:00 +0800 2011")
                            + "],\"total_number\":2300}")));
            WEIBO.stubFor(get(urlPathEqualTo(TIMELINE)).withQueryParam("page", equalTo("2"))
                    .willReturn(okJson("{\"statuses\":[],\"total_number\":2300}")));

            var reconciled = connector().reconcile(answer(), "key-1", FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Undetermined.class,
                    undetermined -> assertThat(undetermined.checked()).contains("1 of the account's 2300"));
        }

        @Test
        void aListingThatDoesNotReachBackToTheFirstAttemptIsUndetermined() throws Exception {
            List<String> recent = new java.util.ArrayList<>();
            for (int i = 0; i < 100; i++) {
                recent.add(status(Long.toString(3504803699990100L + i), "消息" + i, "Fri Dec 30 15:30:00 +0800 2011"));
            }
            timelineShows(2300, recent.toArray(String[]::new));

            var reconciled = connector().reconcile(answer(), "key-1", FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Undetermined.class,
                    undetermined -> assertThat(undetermined.checked()).contains("500").contains("does not reach back"));
            assertTimelineRequestedInFull(WeiboConnector.TIMELINE_PAGES);
        }

        @Test
        void twoStatusesThatBothFitAreUndetermined() throws Exception {
            timelineShows(2300,
                    status("3504803699990002", "外交部发言人洪磊就伊朗与六国对话等答记者问 http://t.cn/zOXAbcd",
                            "Fri Dec 30 15:01:00 +0800 2011"),
                    status("3504803699990001", "外交部发言人洪磊就伊朗与六国对话等答记者问 http://t.cn/zOXAaic",
                            "Fri Dec 30 15:00:04 +0800 2011"),
                    status("3504803699980000", "昨天的消息", "Thu Dec 29 15:00:00 +0800 2011"));

            var reconciled = connector().reconcile(answer(), "key-1", FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Undetermined.class, undetermined ->
                    assertThat(undetermined.checked()).contains("[3504803699990002, 3504803699990001]"));
        }

        @Test
        void anAppWithoutTimelineAccessLeavesItToAPerson() throws Exception {
            WEIBO.stubFor(get(urlPathEqualTo(TIMELINE)).willReturn(aResponse().withStatus(403)
                    .withHeader("Content-Type", "application/json").withBody("{\"error\":\"Insufficient app permissions!\","
                            + "\"error_code\":10014,\"request\":\"/2/statuses/user_timeline.json\"}")));

            var reconciled = connector().reconcile(answer(), "key-1", FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Undetermined.class, undetermined ->
                    assertThat(undetermined.checked()).contains("did not let Pressdesk list").contains("10014"));
        }

        @Test
        void theUsersUsedUpCallsWaitForTheNextHour() {
            WEIBO.stubFor(get(urlPathEqualTo(TIMELINE)).willReturn(aResponse().withStatus(403).withBody(
                    "{\"error\":\"User requests out of rate limit!\",\"error_code\":\"10023\"}")));

            PublishException failure = catchThrowableOfType(PublishException.class,
                    () -> connector().reconcile(answer(), "key-1", FIRST_ATTEMPT));

            assertThat(failure).isInstanceOfSatisfying(PublishException.AccountUnavailable.class, limited ->
                    assertThat(limited.availableAt()).isEqualTo(Instant.parse("2011-12-30T08:00:00Z")));
        }

        @Test
        void weibosOwnFailureWhileListingIsTransient() {
            WEIBO.stubFor(get(urlPathEqualTo(TIMELINE)).willReturn(aResponse().withStatus(500).withBody(
                    "{\"error\":\"System error\",\"error_code\":10001}")));

            assertThatThrownBy(() -> connector().reconcile(answer(), "key-1", FIRST_ATTEMPT))
                    .isInstanceOf(PublishException.Transient.class);
        }

        @Test
        void aThreadIsNeverReconciledBecauseWeiboCannotPublishOne() throws Exception {
            assertThat(connector().reconcile(content("一", "二"), "key-1", FIRST_ATTEMPT))
                    .isInstanceOf(Reconciliation.Undetermined.class);
        }
    }

    @Nested
    class Errors {

        @ParameterizedTest
        @ValueSource(strings = {
                "{\"error\":\"expired_token\",\"error_code\":21327,\"request\":\"/2/statuses/share.json\"}",
                "{\"error\":\"invalid_access_token\",\"error_code\":\"21332\",\"request\":\"/2/statuses/share.json\"}"})
        void anExpiredOrInvalidTokenMakesTheAccountUnavailableAndTellsStaffToReconnect(String body) {
            weiboAnswers(401, body);

            assertThat(publishFails()).isInstanceOfSatisfying(PublishException.AccountUnavailable.class, unavailable ->
                            assertThat(unavailable.why()).isEqualTo(
                                    PublishException.AccountUnavailable.Why.CREDENTIALS_INVALID))
                    .hasMessageContaining("reconnect the account").hasMessageContaining("weibo-mfa");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "{\"error\":\"User requests out of rate limit!\",\"error_code\":\"10023\",\"request\":\"/2/statuses/share.json\"}",
                "{\"error\":\"User requests for (statuses/share) out of rate limit!\",\"error_code\":10024,"
                        + "\"request\":\"/2/statuses/share.json\"}"})
        void theUsersOwnCallLimitMakesTheAccountUnavailableUntilTheNextHour(String body) {
            weiboAnswers(403, body);

            PublishException failure = publishFails();

            assertThat(failure).isInstanceOfSatisfying(PublishException.AccountUnavailable.class, unavailable -> {
                assertThat(unavailable.why()).isEqualTo(PublishException.AccountUnavailable.Why.QUOTA_EXHAUSTED);
                assertThat(unavailable.availableAt()).isEqualTo(Instant.parse("2011-12-30T08:00:00Z"));
            });
        }

        @Test
        void anIpRateLimitStillWaitsForTheNextHour() {
            weiboAnswers(403, "{\"error\":\"IP requests out of rate limit!\",\"error_code\":\"10022\","
                    + "\"request\":\"/2/statuses/share.json\"}");

            PublishException failure = publishFails();

            assertThat(failure).isInstanceOf(PublishException.RateLimited.class);
            assertThat(((PublishException.RateLimited) failure).retryAt()).isEqualTo(Instant.parse("2011-12-30T08:00:00Z"));
        }

        @Test
        void http429HonoursRetryAfter() {
            WEIBO.stubFor(post("/2/statuses/share.json").willReturn(aResponse().withStatus(429)
                    .withHeader("Retry-After", "120").withBody("")));

            assertThat(((PublishException.RateLimited) publishFails()).retryAt()).isEqualTo(NOW.plusSeconds(120));
        }

        @ParameterizedTest
        @ValueSource(ints = {20017, 20019, 20111})
        void repeatedContentIsPermanentAlreadyPosted(int code) {
            weiboAnswers(400, "{\"error\":\"repeat content!\",\"error_code\":" + code
                    + ",\"request\":\"/2/statuses/share.json\"}");

            assertThat(publishFails()).isInstanceOf(PublishException.Permanent.class)
                    .hasMessageStartingWith("already posted");
        }

        @Test
        void aTextTooLongIsPermanent() {
            weiboAnswers(400, "{\"error\":\"Text too long, please input text less than 140 characters!\","
                    + "\"error_code\":20012,\"request\":\"/2/statuses/share.json\"}");

            assertThat(publishFails()).isInstanceOf(PublishException.Permanent.class)
                    .hasMessageContaining("20012").hasMessageContaining("longer than Weibo allows");
        }

        @ParameterizedTest
        @ValueSource(strings = {"text not find domain!", "appkey not bind domain!"})
        void aMissingSafeDomainLinkIsPermanentAndNamesTheSetting(String error) {
            weiboAnswers(400, "{\"error\":\"" + error + "\",\"error_code\":10017,\"request\":\"/2/statuses/share.json\"}");

            assertThat(publishFails()).isInstanceOf(PublishException.Permanent.class)
                    .hasMessageContaining("safe-domain").hasMessageContaining("www.fmprc.gov.cn");
        }

        @Test
        void aServerErrorAfterThePostWasSentIsOutcomeUnknownBecauseWeiboMayHaveCreatedIt() {
            weiboAnswers(500, "{\"error\":\"System error\",\"error_code\":10001,\"request\":\"/2/statuses/share.json\"}");
            assertThat(publishFails()).isInstanceOf(PublishException.OutcomeUnknown.class)
                    .hasMessageContaining("10001").hasMessageContaining("check the account");

            for (int status : new int[] {502, 504}) {
                WEIBO.stubFor(post("/2/statuses/share.json").willReturn(aResponse().withStatus(status)
                        .withBody("<html>Bad Gateway</html>")));
                assertThat(publishFails()).as("HTTP %d", status).isInstanceOf(PublishException.OutcomeUnknown.class);
            }
        }

        @Test
        void weibosOwnFailuresWithoutAnAmbiguousStatusAreTransient() {
            weiboAnswers(400, "{\"error\":\"System error\",\"error_code\":10001,\"request\":\"/2/statuses/share.json\"}");
            assertThat(publishFails()).isInstanceOf(PublishException.Transient.class);

            WEIBO.stubFor(post("/2/statuses/share.json").willReturn(aResponse().withStatus(503).withBody("<html>busy</html>")));
            assertThat(publishFails()).isInstanceOf(PublishException.Transient.class);
        }

        @Test
        void aDefiniteRefusalInsideAServerErrorStaysWhatItSays() {
            weiboAnswers(500, "{\"error\":\"expired_token\",\"error_code\":21327,\"request\":\"/2/statuses/share.json\"}");

            assertThat(publishFails()).isInstanceOf(PublishException.AccountUnavailable.class)
                    .hasMessageContaining("reconnect");
        }

        @Test
        void aServerErrorWhileReadingIsTransient() {
            WEIBO.stubFor(get(urlPathEqualTo("/2/users/show.json")).willReturn(aResponse().withStatus(500)));

            assertThatThrownBy(() -> connector(Map.of("uid", "1")).audience()).isInstanceOf(PublishException.Transient.class);
        }

        @Test
        void anErrorInsideA200AnswerIsStillAnError() {
            weiboAnswers(200, "{\"error\":\"repeat content!\",\"error_code\":20019,\"request\":\"/2/statuses/share.json\"}");

            assertThat(publishFails()).isInstanceOf(PublishException.Permanent.class).hasMessageStartingWith("already posted");
        }

        @Test
        void acceptedButDelayedIsOutcomeUnknown() {
            weiboAnswers(400, "{\"error\":\"Update success, while server slow now, please wait 1-2 minutes\","
                    + "\"error_code\":20032,\"request\":\"/2/statuses/share.json\"}");

            assertThat(publishFails()).isInstanceOf(PublishException.OutcomeUnknown.class);
        }

        @Test
        void aConnectionResetAfterSendingIsOutcomeUnknownAndSentOnce() {
            WEIBO.stubFor(post("/2/statuses/share.json").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            assertThat(publishFails()).isInstanceOf(PublishException.OutcomeUnknown.class);
            assertThat(shareRequests()).hasSize(1);
        }

        @Test
        void anEmptyAnswerAfterSendingIsOutcomeUnknown() {
            WEIBO.stubFor(post("/2/statuses/share.json").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

            assertThat(publishFails()).isInstanceOf(PublishException.OutcomeUnknown.class);
            assertThat(shareRequests()).hasSize(1);
        }

        @Test
        void noAnswerWithinTheReadTimeoutIsOutcomeUnknown() {
            WEIBO.stubFor(post("/2/statuses/share.json").willReturn(okJson("{\"idstr\":\"1\"}").withFixedDelay(1_500)));

            assertThatThrownBy(() -> connector(Map.of("read-timeout", "300ms")).publish(weiboPost("答", null), "key-1"))
                    .isInstanceOf(PublishException.OutcomeUnknown.class);
        }

        @Test
        void aRefusedConnectionIsTransient() {
            Connector unreachable = connector(Map.of("base-url", TestServers.refusingBaseUrl()));

            assertThatThrownBy(() -> unreachable.publish(weiboPost("答", null), "key-1"))
                    .isInstanceOf(PublishException.Transient.class).hasMessageContaining("nothing was sent");
            assertThatThrownBy(unreachable::audience).isInstanceOf(PublishException.Transient.class);
        }

        @Test
        void aSuccessWithoutAPostIdIsOutcomeUnknown() {
            weiboAnswers(200, "{}");

            assertThat(publishFails()).isInstanceOf(PublishException.OutcomeUnknown.class);
        }

        @Test
        void theTokenAppearsInNoMessageOrTrace() {
            weiboAnswers(401, "{\"error\":\"expired_token\",\"error_code\":21327,\"request\":\"/2/statuses/share.json\"}");
            StringWriter trace = new StringWriter();
            publishFails().printStackTrace(new PrintWriter(trace));
            WEIBO.stubFor(get(urlPathEqualTo("/2/users/show.json")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            catchThrowableOfType(PublishException.class, () -> connector(Map.of("uid", "1")).audience())
                    .printStackTrace(new PrintWriter(trace));

            assertThat(trace.toString() + connector()).contains("21327").doesNotContain(TOKEN);
        }
    }

    @Nested
    class Length {

        @Test
        void countsAsWeiboDoes() {
            assertThat(WeiboLength.of("外交部发言人洪磊就伊朗与六国对话等答记者问")).isEqualTo(21);
            assertThat(WeiboLength.of("ab")).as("two ASCII characters make one").isEqualTo(1);
            assertThat(WeiboLength.of("abc")).as("rounded up").isEqualTo(2);
            assertThat(WeiboLength.of("😀")).as("an emoji is two UTF-16 units").isEqualTo(2);
            assertThat(WeiboLength.of("é")).as("Latin-1 counts half").isEqualTo(1);
            assertThat(WeiboLength.of("Hello 世界")).isEqualTo(5);
            assertThat(WeiboLength.of("https://www.fmprc.gov.cn/web/fyrbt_673021/jzhsl_673025/t891234.shtml"))
                    .as("a link counts as a t.cn short link, 20 bytes").isEqualTo(10);
            assertThat(WeiboLength.of("http://t.cn/zOXAaic")).as("t.cn links count as themselves").isEqualTo(10);
            assertThat(WeiboLength.of("http://weibo.com/u/1")).as("short weibo.com links are not shortened").isEqualTo(10);
            assertThat(WeiboLength.of("https://example.org/" + "a".repeat(150))).as("the excess over 140 bytes counts")
                    .isEqualTo((170 - 140 + 20) / 2);
            assertThat(WeiboLength.of("第一行\r\n第二行")).isEqualTo(7);
        }

        @Test
        void theConnectorCountsTheLinkItAdds() {
            Connector weibo = connector();
            assertThat(weibo.capabilities().lengthCounting()).isEqualTo(LengthCounting.WEIBO);
            assertThat(weibo.capabilities().maxLength()).isEqualTo(140);
            // 21 characters + a space (half) + the link (10), rounded up
            assertThat(weibo.length("外交部发言人洪磊就伊朗与六国对话等答记者问")).isEqualTo(32);
        }

        @Test
        void acceptsExactlyTheLimitAndRefusesOneOver() {
            // the added " https://www.fmprc.gov.cn/" is 21 bytes
            Map<String, String> atLimit = Map.of(
                    "cjk", "答".repeat(129),
                    "latin", "a".repeat(259),
                    "emoji", "😀".repeat(64) + "答",
                    "mixed", "答".repeat(100) + "a".repeat(59),
                    "url", "答".repeat(119) + " https://example.org/" + "x".repeat(100));
            Map<String, String> oneOver = Map.of(
                    "cjk", "答".repeat(130),
                    "latin", "a".repeat(260),
                    "emoji", "😀".repeat(65),
                    "mixed", "答".repeat(100) + "a".repeat(60),
                    "url", "答".repeat(120) + " https://example.org/" + "x".repeat(100));
            assertAcceptsAtLimitAndRefusesOneOver(140, atLimit, oneOver);
        }
    }

    @Nested
    class Configuration {

        @Test
        void safeDomainAndRipAreRequired() {
            assertThatThrownBy(() -> new WeiboConnectorType(CLOCK).create(new ChannelAccount("weibo-mfa", "weibo", null,
                    Map.of("rip", "211.156.0.1"), Map.of("access-token", TOKEN))))
                    .isInstanceOf(InvalidChannelConfigurationException.class).hasMessageContaining("'safe-domain'");
            assertThatThrownBy(() -> new WeiboConnectorType(CLOCK).create(new ChannelAccount("weibo-mfa", "weibo", null,
                    Map.of("safe-domain", "www.fmprc.gov.cn"), Map.of("access-token", TOKEN))))
                    .isInstanceOf(InvalidChannelConfigurationException.class).hasMessageContaining("'rip'");
        }

        @Test
        void theDefaultLinkMustBeOnTheSafeDomain() {
            assertThatThrownBy(() -> connector(Map.of("default-link", "https://example.org/")))
                    .isInstanceOf(InvalidChannelConfigurationException.class).hasMessageContaining("default-link");
        }

        @Test
        void theTokenIsRequiredAndNeverPrinted() {
            assertThatThrownBy(() -> new WeiboConnectorType(CLOCK).create(new ChannelAccount("weibo-mfa", "weibo", null,
                    Map.of("safe-domain", "www.fmprc.gov.cn", "rip", "211.156.0.1"), Map.of())))
                    .isInstanceOf(InvalidChannelConfigurationException.class).hasMessageContaining("'access-token'");
        }

        @Test
        void rejectsAMalformedRip() {
            assertThatThrownBy(() -> connector(Map.of("rip", "localhost")))
                    .isInstanceOf(InvalidChannelConfigurationException.class).hasMessageContaining("'rip'");
        }
    }

    /** Connector.accountStatus: what Weibo tells about the token and the account's calls. */
    @Nested
    class AccountStatusReport {

        @Test
        void reportsTheTokensExpiryAndTheCallsLeftThisHour() {
            WEIBO.stubFor(post("/oauth2/get_token_info").willReturn(okJson(
                    "{\"uid\":1073880650,\"appkey\":\"1352222456\",\"scope\":null,\"create_at\":1352267591,"
                            + "\"expire_in\":86400}")));
            WEIBO.stubFor(get(urlPathEqualTo("/2/account/rate_limit_status.json")).willReturn(okJson(
                    "{\"ip_limit\":10000,\"limit_time_unit\":\"HOURS\",\"remaining_ip_hits\":10000,"
                            + "\"remaining_user_hits\":148,\"reset_time\":\"2011-12-30 16:00:00\","
                            + "\"reset_time_in_seconds\":2395,\"user_limit\":150}")));

            AccountStatus status = connector().accountStatus();

            assertThat(status.tokenExpiresAt()).isEqualTo(NOW.plusSeconds(86400));
            assertThat(status.quotaRemaining()).isEqualTo(148);
            assertThat(status.quotaResetsAt()).isEqualTo(NOW.plusSeconds(2395));
            assertThat(status.learnedAt()).isEqualTo(NOW);
            assertThat(WEIBO.findAll(postRequestedFor(urlEqualTo("/oauth2/get_token_info"))))
                    .singleElement().satisfies(request -> assertThat(request.getUrl()).doesNotContain(TOKEN));
        }

        @Test
        void isUnknownWhenWeiboWillNotSay() {
            WEIBO.stubFor(post("/oauth2/get_token_info").willReturn(aResponse().withStatus(403).withBody(
                    "{\"error\":\"invalid_access_token\",\"error_code\":21332}")));
            WEIBO.stubFor(get(urlPathEqualTo("/2/account/rate_limit_status.json")).willReturn(aResponse().withStatus(403)));

            assertThat(connector().accountStatus()).isEqualTo(AccountStatus.UNKNOWN);
        }
    }

    @Override
    protected void givenEngagement(String remoteId, long likes, long reposts, long replies) {
        WEIBO.stubFor(get(urlPathEqualTo("/2/statuses/count.json")).withQueryParam("ids", equalTo(remoteId))
                .willReturn(okJson("[{\"id\":" + remoteId + ",\"comments\":" + replies + ",\"reposts\":" + reposts
                        + ",\"attitudes\":" + likes + "}]")));
    }

    /** Engagement reads: 2/statuses/count.json, attitudes as likes and comments as replies. */
    @Test
    void readsAttitudesRepostsAndCommentsWithTheTokenInAHeader() throws Exception {
        WEIBO.stubFor(get(urlPathEqualTo("/2/statuses/count.json")).willReturn(okJson("""
                [{"id":3424883176420210,"comments":18,"reposts":120,"attitudes":356}]""")));

        Engagement engagement = connector().engagement("3424883176420210");

        assertThat(engagement.likes()).isEqualTo(356);
        assertThat(engagement.reposts()).isEqualTo(120);
        assertThat(engagement.replies()).isEqualTo(18);
        assertThat(engagement.impressions()).as("Weibo gives no views").isEmpty();
        LoggedRequest request = WEIBO.findAll(getRequestedFor(urlPathEqualTo("/2/statuses/count.json"))).getFirst();
        assertThat(request.queryParameter("ids").firstValue()).isEqualTo("3424883176420210");
        assertThat(request.getHeader("Authorization")).isEqualTo("OAuth2 " + TOKEN);
        assertThat(request.getUrl()).doesNotContain(TOKEN);
    }

    @Test
    void aStatusWeiboDoesNotListIsAPermanentFailureAndTheAccountsCallLimitMakesItUnavailable() {
        WEIBO.stubFor(get(urlPathEqualTo("/2/statuses/count.json")).withQueryParam("ids", equalTo("1"))
                .willReturn(okJson("[]")));
        WEIBO.stubFor(get(urlPathEqualTo("/2/statuses/count.json")).withQueryParam("ids", equalTo("2"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody("""
                        {"error":"User requests out of rate limit!","error_code":10023,"request":"/2/statuses/count.json"}""")));

        assertThatThrownBy(() -> connector().engagement("1")).isInstanceOf(PublishException.Permanent.class);
        assertThatThrownBy(() -> connector().engagement("2")).isInstanceOf(PublishException.AccountUnavailable.class);
    }
}

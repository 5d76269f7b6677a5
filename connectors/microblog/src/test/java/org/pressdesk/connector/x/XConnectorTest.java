package org.pressdesk.connector.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
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
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.Audience;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.ConnectorContractTest;
import org.pressdesk.connector.Engagement;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Reconciliation;
import org.pressdesk.connector.ThreadJournal;
import org.pressdesk.connector.Violation;
import org.pressdesk.connector.http.TestServers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class XConnectorTest extends ConnectorContractTest {

    static final Instant NOW = Instant.parse("2011-12-30T07:00:05Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final String CONSUMER_KEY = "ck-mfa-app-7Q";
    static final String CONSUMER_SECRET = "cs-SECRET-never-printed-1";
    static final String ACCESS_TOKEN = "2244994945-at-mfa";
    static final String ACCESS_TOKEN_SECRET = "ats-SECRET-never-printed-2";

    static final FakeXTweets TWEETS = new FakeXTweets();
    static final WireMockServer X = new WireMockServer(wireMockConfig().dynamicPort().extensions(TWEETS));
    static final String USER_ID = "2244994945";

    @BeforeAll
    static void startX() {
        X.start();
    }

    @AfterAll
    static void stopX() {
        X.stop();
    }

    @Override
    protected Connector createConnector() {
        X.resetAll();
        TWEETS.reset();
        X.stubFor(post("/2/tweets").willReturn(aResponse().withTransformers(FakeXTweets.NAME)));
        X.stubFor(get(urlPathEqualTo("/2/users/" + USER_ID + "/tweets"))
                .willReturn(aResponse().withTransformers(FakeXTweets.NAME)));
        X.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(okJson("""
                {"data":{"id":"2244994945","name":"外交小靈通","username":"mfa_sample",
                 "public_metrics":{"followers_count":1203456,"following_count":12,"tweet_count":2301,"listed_count":9}}}""")));
        return connector(Map.of());
    }

    @Override
    protected String configuredChannelId() {
        return "x-mfa";
    }

    @Override
    protected boolean listsItsOwnPosts() {
        return true;
    }

    @Override
    protected List<String> textsReceivedByChannel() {
        return tweetRequests().stream().map(request -> json(request).path("text").asString()).toList();
    }

    static Connector connector(Map<String, String> extraSettings) {
        return connector(extraSettings, ThreadJournal.inMemory());
    }

    static Connector connector(Map<String, String> extraSettings, ThreadJournal journal) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "v2-base-url", X.baseUrl() + "/2/",
                "rest-base-url", X.baseUrl() + "/1.1/",
                "read-timeout", "5s"));
        settings.putAll(extraSettings);
        return new XConnectorType(CLOCK, journal).create(new ChannelAccount("x-mfa", "x", "外交小靈通 on X", settings,
                Map.of("consumer-key", CONSUMER_KEY, "consumer-secret", CONSUMER_SECRET,
                        "access-token", ACCESS_TOKEN, "access-token-secret", ACCESS_TOKEN_SECRET)));
    }

    static List<LoggedRequest> tweetRequests() {
        return X.findAll(postRequestedFor(urlEqualTo("/2/tweets")));
    }

    static JsonNode json(LoggedRequest request) {
        return JsonMapper.shared().readTree(request.getBodyAsString());
    }

    static void xAnswers(int status, String body, Map<String, String> headers) {
        var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
        headers.forEach(response::withHeader);
        X.stubFor(post("/2/tweets").willReturn(response));
    }

    static PublishException publishFails() {
        return catchThrowableOfType(PublishException.class,
                () -> connector(Map.of()).publish(content1("外交部發言人洪磊答記者問"), "key-1"));
    }

    static org.pressdesk.connector.ChannelContent content1(String... parts) {
        return new org.pressdesk.connector.ChannelContent(org.pressdesk.content.ContentKind.SPOKESPERSON_ANSWER,
                org.pressdesk.content.ContentLanguage.ZH_HANT, "答記者問", List.of(parts), null, SCHEDULED_AT, null);
    }

    static String everythingPrinted(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    @Test
    void postsJsonTextSignedWithOAuth1UserKeys() throws Exception {
        PublishReceipt receipt = connector().publish(content("外交部發言人洪磊就伊朗與六國對話等答記者問"), "key-7");

        List<LoggedRequest> requests = tweetRequests();
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.getFirst();
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(json(request)).isEqualTo(JsonMapper.shared().readTree(
                "{\"text\":\"外交部發言人洪磊就伊朗與六國對話等答記者問\"}"));
        Map<String, String> oauth = OAuth1Signature.parameters(request.getHeader("Authorization"));
        assertThat(oauth).containsEntry("oauth_consumer_key", CONSUMER_KEY)
                .containsEntry("oauth_token", ACCESS_TOKEN)
                .containsEntry("oauth_signature_method", "HMAC-SHA1")
                .containsEntry("oauth_version", "1.0")
                .containsKeys("oauth_nonce", "oauth_timestamp", "oauth_signature");
        assertThat(OAuth1Signature.isValid(request, CONSUMER_SECRET, ACCESS_TOKEN_SECRET)).isTrue();
        assertThat(OAuth1Signature.isValid(request, CONSUMER_SECRET, "another-token-secret")).isFalse();

        assertThat(receipt.partIds()).containsExactly(receipt.remoteId());
        assertThat(receipt.url()).isEqualTo(URI.create("https://x.com/i/web/status/" + receipt.remoteId()));
        assertThat(receipt.publishedAt()).isEqualTo(NOW);
    }

    @Test
    void publishesAThreadAsAReplyChainInOrder() throws Exception {
        stubThread("1001", "1002", "1003");

        PublishReceipt receipt = connector().publish(content("第一部分", "第二部分", "第三部分"), "key-thread");

        assertThat(receipt.partIds()).containsExactly("1001", "1002", "1003");
        assertThat(receipt.remoteId()).isEqualTo("1001");
        List<LoggedRequest> requests = tweetRequests();
        assertThat(requests).extracting(request -> json(request).toString()).containsExactly(
                "{\"text\":\"第一部分\"}",
                "{\"reply\":{\"in_reply_to_tweet_id\":\"1001\"},\"text\":\"第二部分\"}",
                "{\"reply\":{\"in_reply_to_tweet_id\":\"1002\"},\"text\":\"第三部分\"}");
        assertThat(requests).allMatch(request -> OAuth1Signature.isValid(request, CONSUMER_SECRET, ACCESS_TOKEN_SECRET));
    }

    @Test
    void aThreadThatFailsHalfWayContinuesWhereItStoppedOnRetry() throws Exception {
        X.resetAll();
        X.stubFor(post("/2/tweets").inScenario("thread").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"data\":{\"id\":\"1001\",\"text\":\"第一部分\"}}")).willSetStateTo("x-down"));
        X.stubFor(post("/2/tweets").inScenario("thread").whenScenarioStateIs("x-down")
                .willReturn(aResponse().withStatus(503).withBody("{\"title\":\"Service Unavailable\"}"))
                .willSetStateTo("x-back"));
        X.stubFor(post("/2/tweets").inScenario("thread").whenScenarioStateIs("x-back")
                .willReturn(okJson("{\"data\":{\"id\":\"1002\",\"text\":\"第二部分\"}}")).willSetStateTo("last"));
        X.stubFor(post("/2/tweets").inScenario("thread").whenScenarioStateIs("last")
                .willReturn(okJson("{\"data\":{\"id\":\"1003\",\"text\":\"第三部分\"}}")));
        var thread = content("第一部分", "第二部分", "第三部分");

        assertThatThrownBy(() -> connector().publish(thread, "key-thread"))
                .isInstanceOf(PublishException.Transient.class)
                .hasMessageContaining("part 2 of 3")
                .hasMessageContaining("[1001]");
        PublishReceipt receipt = connector().publish(thread, "key-thread");

        assertThat(receipt.partIds()).containsExactly("1001", "1002", "1003");
        assertThat(textsReceivedByChannel()).containsExactly("第一部分", "第二部分", "第二部分", "第三部分");
        assertThat(json(tweetRequests().get(2)).path("reply").path("in_reply_to_tweet_id").asString()).isEqualTo("1001");
    }

    @Test
    void aThreadContinuesOnAnotherNodeOrAfterARestartThroughTheSharedJournal() throws Exception {
        X.resetAll();
        X.stubFor(post("/2/tweets").inScenario("thread").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"data\":{\"id\":\"1001\",\"text\":\"第一部分\"}}")).willSetStateTo("x-down"));
        X.stubFor(post("/2/tweets").inScenario("thread").whenScenarioStateIs("x-down")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("x-back"));
        X.stubFor(post("/2/tweets").inScenario("thread").whenScenarioStateIs("x-back")
                .willReturn(okJson("{\"data\":{\"id\":\"1002\",\"text\":\"第二部分\"}}")));
        ThreadJournal journal = ThreadJournal.inMemory();
        var thread = content("第一部分", "第二部分");

        assertThatThrownBy(() -> connector(Map.of(), journal).publish(thread, "key-thread"))
                .isInstanceOf(PublishException.Transient.class);
        PublishReceipt receipt = connector(Map.of(), journal).publish(thread, "key-thread");

        assertThat(receipt.partIds()).containsExactly("1001", "1002");
        assertThat(textsReceivedByChannel()).containsExactly("第一部分", "第二部分", "第二部分");
        assertThat(journal.published("x-mfa", "key-thread")).isEmpty();
    }

    @Test
    void refusesToContinueAThreadWhosePublishedPartsChanged() {
        X.resetAll();
        X.stubFor(post("/2/tweets").inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"data\":{\"id\":\"1001\",\"text\":\"第一部分\"}}")).willSetStateTo("down"));
        X.stubFor(post("/2/tweets").inScenario("t").whenScenarioStateIs("down")
                .willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> connector().publish(content("第一部分", "第二部分"), "key-t"))
                .isInstanceOf(PublishException.Transient.class);

        assertThatThrownBy(() -> connector().publish(content("改過的第一部分", "第二部分"), "key-t"))
                .isInstanceOf(PublishException.Permanent.class)
                .hasMessageContaining("[1001]");
        assertThat(tweetRequests()).hasSize(2);
    }

    @Test
    void readsFollowersFromV2PublicMetrics() throws Exception {
        Audience audience = connector().audience();

        assertThat(audience.followers()).hasValue(1_203_456L);
        assertThat(audience.readAt()).isEqualTo(NOW);
        LoggedRequest request = X.findAll(getRequestedFor(urlPathEqualTo("/2/users/me"))).getFirst();
        assertThat(request.queryParameter("user.fields").firstValue()).isEqualTo("public_metrics");
        assertThat(OAuth1Signature.isValid(request, CONSUMER_SECRET, ACCESS_TOKEN_SECRET)).isTrue();
    }

    @Test
    void fallsBackToV1VerifyCredentialsWhenV2IsNotInTheAppsPlan() throws Exception {
        X.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(aResponse().withStatus(403).withBody(
                "{\"title\":\"Client Forbidden\",\"type\":\"https://api.twitter.com/2/problems/client-forbidden\"}")));
        X.stubFor(get(urlPathEqualTo("/1.1/account/verify_credentials.json")).willReturn(okJson(
                "{\"id\":2244994945,\"id_str\":\"2244994945\",\"screen_name\":\"mfa_sample\",\"followers_count\":1200001,"
                        + "\"created_at\":\"Wed Apr 27 02:00:00 +0000 2011\"}")));

        assertThat(connector().audience().followers()).hasValue(1_200_001L);
        LoggedRequest request = X.findAll(getRequestedFor(urlPathEqualTo("/1.1/account/verify_credentials.json"))).getFirst();
        assertThat(OAuth1Signature.isValid(request, CONSUMER_SECRET, ACCESS_TOKEN_SECRET)).isTrue();
    }

    @Test
    void audienceWithRevokedCredentialsAsksToReconnect() {
        X.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(aResponse().withStatus(401)
                .withBody("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}")));

        assertThatThrownBy(() -> connector().audience())
                .isInstanceOf(PublishException.Permanent.class).hasMessageContaining("reconnect");
    }

    /** Connector.reconcile: the account's own posts read back from GET /2/users/:id/tweets. */
    @Nested
    class Reconcile {

        static final Instant FIRST_ATTEMPT = Instant.parse("2011-12-30T07:00:00Z");
        static final String TIMELINE = "/2/users/" + USER_ID + "/tweets";

        static String tweet(String id, String text, String createdAt, String repliedTo) {
            String reply = repliedTo == null ? ""
                    : ",\"referenced_tweets\":[{\"type\":\"replied_to\",\"id\":\"" + repliedTo + "\"}]";
            return "{\"id\":\"" + id + "\",\"text\":" + JsonMapper.shared().writeValueAsString(text)
                    + ",\"created_at\":\"" + createdAt + "\",\"edit_history_tweet_ids\":[\"" + id + "\"]" + reply + "}";
        }

        static void timelineShows(String... tweets) {
            X.stubFor(get(urlPathEqualTo(TIMELINE)).willReturn(okJson("{\"data\":[" + String.join(",", tweets)
                    + "],\"meta\":{\"result_count\":" + tweets.length + "}}")));
        }

        static List<LoggedRequest> timelineRequests() {
            return X.findAll(getRequestedFor(urlPathEqualTo(TIMELINE)));
        }

        /** Every timeline request exactly as X documents it, signed with the account's keys. */
        static void assertTimelineRequestedInFull(int pages) {
            List<LoggedRequest> requests = timelineRequests();
            assertThat(requests).hasSize(pages);
            for (int page = 0; page < pages; page++) {
                LoggedRequest request = requests.get(page);
                Map<String, String> query = new HashMap<>();
                request.getQueryParams().forEach((name, value) -> query.put(name, value.firstValue()));
                Map<String, String> expected = new HashMap<>(Map.of("exclude", "retweets", "max_results", "100",
                        "start_time", "2011-12-30T06:59:00Z", "tweet.fields", "created_at,referenced_tweets"));
                if (page > 0) {
                    expected.put("pagination_token", "page-" + (page + 1));
                }
                assertThat(query).isEqualTo(expected);
                assertThat(OAuth1Signature.isValid(request, CONSUMER_SECRET, ACCESS_TOKEN_SECRET)).isTrue();
            }
            List<LoggedRequest> me = X.findAll(getRequestedFor(urlPathEqualTo("/2/users/me")));
            assertThat(me).singleElement().satisfies(request -> {
                assertThat(request.getUrl()).isEqualTo("/2/users/me?expansions=pinned_tweet_id");
                assertThat(OAuth1Signature.isValid(request, CONSUMER_SECRET, ACCESS_TOKEN_SECRET)).isTrue();
            });
            assertThat(tweetRequests()).as("reconciling never posts").isEmpty();
        }

        @Test
        void findsThePostThoughXShortenedItsLinkAndEscapedItsAmpersand() throws Exception {
            timelineShows(
                    tweet("1502", "另一則消息", "2011-12-30T07:03:00.000Z", null),
                    tweet("1501", "中方歡迎各方恢復對話 &amp; 保持溝通 詳見 https://t.co/AbC123xyZ",
                            "2011-12-30T07:00:04.000Z", null));

            var reconciled = connector().reconcile(content1("中方歡迎各方恢復對話 & 保持溝通\n詳見 "
                    + "https://www.fmprc.gov.cn/web/fyrbt_673021/t891234.shtml"), "key-1", FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Found.class, found -> {
                assertThat(found.receipt().remoteId()).isEqualTo("1501");
                assertThat(found.receipt().partIds()).containsExactly("1501");
                assertThat(found.receipt().url()).isEqualTo(URI.create("https://x.com/i/web/status/1501"));
                assertThat(found.receipt().publishedAt()).isEqualTo(Instant.parse("2011-12-30T07:00:04Z"));
                assertThat(found.checked()).contains("1501").contains("2 posts").contains("2011-12-30T06:59:00Z");
            });
            assertTimelineRequestedInFull(1);
        }

        @Test
        void findsAThreadPartByPartAlongItsReplyChain() throws Exception {
            ThreadJournal journal = ThreadJournal.inMemory();
            timelineShows(
                    tweet("1003", "第三部分", "2011-12-30T07:00:07.000Z", "1002"),
                    tweet("1777", "第二部分", "2011-12-30T07:00:06.000Z", "1666"),
                    tweet("1002", "第二部分", "2011-12-30T07:00:06.000Z", "1001"),
                    tweet("1001", "第一部分", "2011-12-30T07:00:05.000Z", null));

            var reconciled = connector(Map.of(), journal).reconcile(content1("第一部分", "第二部分", "第三部分"),
                    "key-t", FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Found.class, found -> {
                assertThat(found.receipt().partIds()).containsExactly("1001", "1002", "1003");
                assertThat(found.receipt().publishedAt()).isEqualTo(Instant.parse("2011-12-30T07:00:05Z"));
                assertThat(found.checked()).contains("all 3 parts");
            });
            assertThat(journal.published("x-mfa", "key-t")).isEmpty();
            assertTimelineRequestedInFull(1);
        }

        @Test
        void aThreadFoundInPartIsJournalledAndAbsentSoThatAReSendContinuesIt() throws Exception {
            ThreadJournal journal = ThreadJournal.inMemory();
            timelineShows(
                    tweet("1002", "第二部分", "2011-12-30T07:00:06.000Z", "1001"),
                    tweet("1001", "第一部分", "2011-12-30T07:00:05.000Z", null));
            var thread = content1("第一部分", "第二部分", "第三部分");

            var reconciled = connector(Map.of(), journal).reconcile(thread, "key-t", FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Absent.class, absent -> assertThat(
                    absent.checked()).contains("parts 1–2 of 3").contains("[1001, 1002]").contains("re-send continues"));
            assertThat(journal.published("x-mfa", "key-t")).extracting(ThreadJournal.PublishedPart::remoteId,
                    ThreadJournal.PublishedPart::index).containsExactly(org.assertj.core.groups.Tuple.tuple("1001", 0),
                    org.assertj.core.groups.Tuple.tuple("1002", 1));

            X.stubFor(post("/2/tweets").willReturn(okJson("{\"data\":{\"id\":\"1003\",\"text\":\"第三部分\"}}")));
            PublishReceipt receipt = connector(Map.of(), journal).publish(thread, "key-t");

            assertThat(receipt.partIds()).containsExactly("1001", "1002", "1003");
            assertThat(tweetRequests()).singleElement().satisfies(request -> assertThat(json(request).toString())
                    .isEqualTo("{\"reply\":{\"in_reply_to_tweet_id\":\"1002\"},\"text\":\"第三部分\"}"));
        }

        @Test
        void partsAlreadyInTheJournalAreTakenAsFound() throws Exception {
            ThreadJournal journal = ThreadJournal.inMemory();
            journal.record("x-mfa", "key-t", new ThreadJournal.PublishedPart(0, "第一部分", "1001",
                    Instant.parse("2011-12-29T23:00:00Z")));
            timelineShows(tweet("1002", "第二部分", "2011-12-30T07:00:06.000Z", "1001"));

            var reconciled = connector(Map.of(), journal).reconcile(content1("第一部分", "第二部分"), "key-t",
                    FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Found.class, found -> {
                assertThat(found.receipt().partIds()).containsExactly("1001", "1002");
                assertThat(found.receipt().publishedAt()).isEqualTo(Instant.parse("2011-12-29T23:00:00Z"));
            });
        }

        @Test
        void aPostMissingFromACompleteListingIsAbsent() throws Exception {
            timelineShows(tweet("1502", "另一則消息", "2011-12-30T07:03:00.000Z", null),
                    tweet("1400", "中方歡迎各方恢復對話", "2011-12-30T06:50:00.000Z", null));

            var reconciled = connector().reconcile(content1("中方歡迎各方恢復對話"), "key-1", FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Absent.class, absent -> assertThat(
                    absent.checked()).contains("not on X").contains("all of them"));
            assertTimelineRequestedInFull(1);
        }

        @Test
        void anEmptyListingIsAbsent() throws Exception {
            X.stubFor(get(urlPathEqualTo(TIMELINE)).willReturn(okJson("{\"meta\":{\"result_count\":0}}")));

            assertThat(connector().reconcile(content1("中方歡迎各方恢復對話"), "key-1", FIRST_ATTEMPT))
                    .isInstanceOf(Reconciliation.Absent.class);
        }

        @Test
        void aListingThatDoesNotReachBackToTheFirstAttemptIsUndetermined() throws Exception {
            X.stubFor(get(urlPathEqualTo(TIMELINE)).willReturn(okJson("{\"data\":["
                    + tweet("1600", "另一則消息", "2011-12-30T08:00:00.000Z", null)
                    + "],\"meta\":{\"result_count\":1,\"next_token\":\"page-2\"}}")));
            for (int page = 2; page <= 5; page++) {
                X.stubFor(get(urlPathEqualTo(TIMELINE)).withQueryParam("pagination_token", equalTo("page-" + page))
                        .willReturn(okJson("{\"data\":[" + tweet("16" + page + "0", "消息" + page,
                                "2011-12-30T07:5" + page + ":00.000Z", null)
                                + "],\"meta\":{\"result_count\":1,\"next_token\":\"page-" + (page + 1) + "\"}}")));
            }

            var reconciled = connector().reconcile(content1("中方歡迎各方恢復對話"), "key-1", FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Undetermined.class, undetermined ->
                    assertThat(undetermined.checked()).contains("newest 5 posts").contains("does not reach back"));
            assertTimelineRequestedInFull(XConnector.TIMELINE_PAGES);
        }

        @Test
        void twoPostsThatBothFitAreUndetermined() throws Exception {
            timelineShows(tweet("1502", "中方歡迎各方恢復對話 https://t.co/b", "2011-12-30T07:03:00.000Z", null),
                    tweet("1501", "中方歡迎各方恢復對話 https://t.co/a", "2011-12-30T07:00:05.000Z", null));

            var reconciled = connector().reconcile(content1("中方歡迎各方恢復對話 https://www.fmprc.gov.cn/"), "key-1",
                    FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Undetermined.class, undetermined ->
                    assertThat(undetermined.checked()).contains("[1502, 1501]"));
        }

        @Test
        void anAppThatMayNotReadTimelinesLeavesItToAPerson() throws Exception {
            X.stubFor(get(urlPathEqualTo(TIMELINE)).willReturn(aResponse().withStatus(403)
                    .withHeader("Content-Type", "application/json").withBody("{\"title\":\"Client Forbidden\","
                            + "\"detail\":\"This request must be made using an approved developer account\","
                            + "\"type\":\"https://api.twitter.com/2/problems/client-forbidden\"}")));

            var reconciled = connector().reconcile(content1("中方歡迎各方恢復對話"), "key-1", FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Undetermined.class, undetermined ->
                    assertThat(undetermined.checked()).contains("did not let Pressdesk list").contains("403"));
        }

        @Test
        void aRateLimitOnTheTimelineWaitsForItsReset() {
            long reset = NOW.plusSeconds(700).getEpochSecond();
            X.stubFor(get(urlPathEqualTo(TIMELINE)).willReturn(aResponse().withStatus(429)
                    .withHeader("x-rate-limit-remaining", "0").withHeader("x-rate-limit-reset", Long.toString(reset))
                    .withBody("{\"title\":\"Too Many Requests\"}")));

            PublishException failure = catchThrowableOfType(PublishException.class,
                    () -> connector().reconcile(content1("中方歡迎各方恢復對話"), "key-1", FIRST_ATTEMPT));

            assertThat(failure).isInstanceOfSatisfying(PublishException.RateLimited.class,
                    limited -> assertThat(limited.retryAt()).isEqualTo(Instant.ofEpochSecond(reset)));
        }

        @Test
        void anUnavailableTimelineIsTransient() {
            X.stubFor(get(urlPathEqualTo(TIMELINE)).willReturn(aResponse().withStatus(503)));

            assertThatThrownBy(() -> connector().reconcile(content1("中方歡迎各方恢復對話"), "key-1", FIRST_ATTEMPT))
                    .isInstanceOf(PublishException.Transient.class);
        }

        @Test
        void theConfiguredUserIdSavesAskingXWhoTheAccountIs() throws Exception {
            timelineShows(tweet("1501", "中方歡迎各方恢復對話", "2011-12-30T07:00:05.000Z", null));

            connector(Map.of("user-id", USER_ID)).reconcile(content1("中方歡迎各方恢復對話"), "key-1", FIRST_ATTEMPT);

            assertThat(X.findAll(getRequestedFor(urlPathEqualTo("/2/users/me")))).isEmpty();
            assertThat(timelineRequests()).hasSize(1);
        }
    }

    @Nested
    class Errors {

        @Test
        void unauthorizedIsPermanentAndTellsStaffToReconnectTheAccount() {
            xAnswers(401, "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}",
                    Map.of());

            PublishException failure = publishFails();

            assertThat(failure).isInstanceOf(PublishException.Permanent.class)
                    .hasMessageContaining("reconnect the account").hasMessageContaining("x-mfa");
        }

        @Test
        void duplicateContentIsPermanentAlreadyPosted() {
            xAnswers(403, "{\"detail\":\"You are not allowed to create a Tweet with duplicate content.\","
                    + "\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}", Map.of());

            assertThat(publishFails()).isInstanceOf(PublishException.Permanent.class)
                    .hasMessageStartingWith("already posted");
        }

        @Test
        void anAppWithoutWritePermissionIsPermanentAndSaysWhatToChange() {
            xAnswers(403, "{\"title\":\"Forbidden\",\"detail\":\"Your client app is not configured with the appropriate"
                    + " oauth1 app permissions for this endpoint.\",\"type\":\"https://api.twitter.com/2/problems/oauth1-permissions\"}",
                    Map.of());

            assertThat(publishFails()).isInstanceOf(PublishException.Permanent.class)
                    .hasMessageContaining("Read and Write");
        }

        @Test
        void rateLimitWaitsUntilTheWindowResets() {
            long reset = NOW.plusSeconds(600).getEpochSecond();
            xAnswers(429, "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}",
                    Map.of("x-rate-limit-limit", "200", "x-rate-limit-remaining", "0", "x-rate-limit-reset", Long.toString(reset)));

            PublishException failure = publishFails();

            assertThat(failure).isInstanceOf(PublishException.RateLimited.class);
            assertThat(((PublishException.RateLimited) failure).retryAt()).isEqualTo(Instant.ofEpochSecond(reset));
        }

        @Test
        void anExhaustedDailyPostingLimitWaitsForTheDailyReset() {
            long windowReset = NOW.plusSeconds(600).getEpochSecond();
            long dailyReset = NOW.plusSeconds(20_000).getEpochSecond();
            xAnswers(429, "{\"title\":\"Too Many Requests\",\"status\":429}", Map.of(
                    "x-rate-limit-reset", Long.toString(windowReset), "x-rate-limit-remaining", "99",
                    "x-user-limit-24hour-remaining", "0", "x-user-limit-24hour-reset", Long.toString(dailyReset)));

            assertThat(((PublishException.RateLimited) publishFails()).retryAt()).isEqualTo(Instant.ofEpochSecond(dailyReset));
        }

        @Test
        void aRateLimitWithoutResetHeadersWaitsFifteenMinutes() {
            xAnswers(429, "", Map.of());

            assertThat(((PublishException.RateLimited) publishFails()).retryAt()).isEqualTo(NOW.plusSeconds(900));
        }

        @Test
        void aServerErrorAfterThePostWasSentIsOutcomeUnknownBecauseXMayHaveCreatedIt() {
            for (int status : new int[] {500, 502, 504}) {
                xAnswers(status, "{\"title\":\"Internal Server Error\"}", Map.of());
                assertThat(publishFails()).as("HTTP %d", status).isInstanceOf(PublishException.OutcomeUnknown.class)
                        .hasMessageContaining("HTTP " + status).hasMessageContaining("check the account");
            }
        }

        @Test
        void serviceUnavailableIsTransientBecauseXDidNotTakeThePost() {
            xAnswers(503, "{\"title\":\"Service Unavailable\"}", Map.of());

            assertThat(publishFails()).isInstanceOf(PublishException.Transient.class);
        }

        @Test
        void aServerErrorOnAThreadPartIsOutcomeUnknownForThatPartAndKeepsTheEarlierParts() {
            X.resetAll();
            X.stubFor(post("/2/tweets").inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(okJson("{\"data\":{\"id\":\"1001\",\"text\":\"第一部分\"}}")).willSetStateTo("504"));
            X.stubFor(post("/2/tweets").inScenario("t").whenScenarioStateIs("504")
                    .willReturn(aResponse().withStatus(504).withBody("")));
            ThreadJournal journal = ThreadJournal.inMemory();

            assertThatThrownBy(() -> connector(Map.of(), journal).publish(content1("第一部分", "第二部分"), "key-t"))
                    .isInstanceOf(PublishException.OutcomeUnknown.class).hasMessageContaining("part 2 of 2")
                    .hasMessageContaining("[1001]");
            assertThat(journal.published("x-mfa", "key-t")).extracting(ThreadJournal.PublishedPart::remoteId)
                    .containsExactly("1001");
        }

        @Test
        void aServerErrorWhileReadingIsTransientBecauseReadingChangesNothing() {
            X.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(aResponse().withStatus(500)));

            assertThatThrownBy(() -> connector(Map.of()).audience()).isInstanceOf(PublishException.Transient.class);
        }

        @Test
        void anInvalidRequestIsPermanentWithXsExplanation() {
            xAnswers(400, "{\"errors\":[{\"parameters\":{\"text\":[\"x\"]},\"message\":\"Text is too long\"}],"
                    + "\"title\":\"Invalid Request\",\"detail\":\"One or more parameters to your request was invalid.\","
                    + "\"type\":\"https://api.twitter.com/2/problems/invalid-request\"}", Map.of());

            assertThat(publishFails()).isInstanceOf(PublishException.Permanent.class)
                    .hasMessageContaining("Text is too long");
        }

        @Test
        void aConnectionResetAfterSendingIsOutcomeUnknownAndThePostIsSentOnlyOnce() {
            X.stubFor(post("/2/tweets").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            assertThat(publishFails()).isInstanceOf(PublishException.OutcomeUnknown.class);
            // Twitter4J's own HttpURLConnection transport would have sent this POST twice.
            assertThat(tweetRequests()).hasSize(1);
        }

        @Test
        void anEmptyAnswerAfterSendingIsOutcomeUnknownAndThePostIsSentOnlyOnce() {
            X.stubFor(post("/2/tweets").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

            assertThat(publishFails()).isInstanceOf(PublishException.OutcomeUnknown.class);
            assertThat(tweetRequests()).hasSize(1);
        }

        @Test
        void noAnswerWithinTheReadTimeoutIsOutcomeUnknown() {
            X.stubFor(post("/2/tweets").willReturn(okJson("{\"data\":{\"id\":\"1\",\"text\":\"t\"}}").withFixedDelay(1_500)));

            assertThatThrownBy(() -> connector(Map.of("read-timeout", "300ms")).publish(content1("t"), "key-slow"))
                    .isInstanceOf(PublishException.OutcomeUnknown.class);
        }

        @Test
        void aRefusedConnectionIsTransientBecauseNothingWasSent() {
            Connector unreachable = new XConnectorType(CLOCK).create(new ChannelAccount("x-mfa", "x", null,
                    Map.of("v2-base-url", TestServers.refusingBaseUrl() + "2/"),
                    Map.of("consumer-key", CONSUMER_KEY, "consumer-secret", CONSUMER_SECRET,
                            "access-token", ACCESS_TOKEN, "access-token-secret", ACCESS_TOKEN_SECRET)));

            assertThatThrownBy(() -> unreachable.publish(content1("t"), "key-1"))
                    .isInstanceOf(PublishException.Transient.class).hasMessageContaining("nothing was sent");
        }

        @Test
        void secretsAppearInNoMessageOrTrace() {
            xAnswers(401, "{\"title\":\"Unauthorized\",\"status\":401}", Map.of());
            String printed = everythingPrinted(publishFails()) + connector(Map.of());

            assertThat(printed).doesNotContain(CONSUMER_SECRET, ACCESS_TOKEN_SECRET);
        }
    }

    @Nested
    class Length {

        @Test
        void countsWithTwitterWeights() {
            Connector x = connector();
            assertThat(x.capabilities().lengthCounting()).isEqualTo(LengthCounting.TWITTER_WEIGHTED);
            assertThat(x.capabilities().maxLength()).isEqualTo(280);
            assertThat(x.length("外交部發言人洪磊就伊朗與六國對話等答記者問")).isEqualTo(42);
            assertThat(x.length("😀")).isEqualTo(2);
            assertThat(x.length("👨‍👩‍👧")).as("a ZWJ emoji sequence counts as one emoji").isEqualTo(2);
            assertThat(x.length("Hello 世界 🌏 café")).isEqualTo(18);
            assertThat(x.length("https://www.fmprc.gov.cn/web/fyrbt_673021/jzhsl_673025/t891234.shtml")).isEqualTo(23);
            assertThat(x.length("見 https://www.fmprc.gov.cn/ 和 example.com")).as("bare domains are URLs too").isEqualTo(53);
        }

        @Test
        void acceptsExactlyTheLimitAndRefusesOneOver() {
            String url = " https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t891234.shtml";
            Map<String, String> atLimit = Map.of(
                    "latin", "a".repeat(280),
                    "cjk", "答".repeat(140),
                    "emoji", "😀".repeat(140),
                    "url", "a".repeat(256) + url,
                    "mixed", "答".repeat(100) + "a".repeat(60) + "😀".repeat(10));
            Map<String, String> oneOver = Map.of(
                    "latin", "a".repeat(281),
                    "cjk", "答".repeat(140) + "a",
                    "emoji", "😀".repeat(140) + "a",
                    "url", "a".repeat(257) + url,
                    "mixed", "答".repeat(100) + "a".repeat(61) + "😀".repeat(10));
            assertAcceptsAtLimitAndRefusesOneOver(280, atLimit, oneOver);
        }

        @Test
        void checksEveryPartOfAThread() {
            assertThat(connector().validate(content("短", "答".repeat(141))))
                    .extracting(Violation::code, Violation::part).containsExactly(org.assertj.core.groups.Tuple.tuple(Violation.TOO_LONG, 1));
        }
    }

    @Nested
    class Configuration {

        @Test
        void aMissingCredentialIsNamedWithoutPrintingTheOthers() {
            assertThatThrownBy(() -> new XConnectorType(CLOCK).create(new ChannelAccount("x-mfa", "x", null, Map.of(),
                    Map.of("consumer-key", CONSUMER_KEY, "consumer-secret", CONSUMER_SECRET, "access-token", ACCESS_TOKEN))))
                    .isInstanceOf(InvalidChannelConfigurationException.class)
                    .hasMessageContaining("'access-token-secret'")
                    .message().doesNotContain(CONSUMER_SECRET);
        }

        @Test
        void aMalformedBaseUrlStopsStartUp() {
            assertThatThrownBy(() -> connector(Map.of("v2-base-url", "api.twitter.com/2")))
                    .isInstanceOf(InvalidChannelConfigurationException.class).hasMessageContaining("v2-base-url");
        }

        @Test
        void typeIdIsX() {
            assertThat(new XConnectorType(CLOCK).id()).isEqualTo("x");
        }
    }

    private static void stubThread(String... ids) {
        X.resetAll();
        String state = Scenario.STARTED;
        for (int i = 0; i < ids.length; i++) {
            String next = "after-" + ids[i];
            X.stubFor(post("/2/tweets").inScenario("thread").whenScenarioStateIs(state)
                    .withRequestBody(matching(".*"))
                    .willReturn(okJson("{\"data\":{\"id\":\"" + ids[i] + "\",\"text\":\"t\"}}"))
                    .willSetStateTo(next));
            state = next;
        }
    }

    @Override
    protected void givenEngagement(String remoteId, long likes, long reposts, long replies) {
        X.stubFor(get(urlPathEqualTo("/2/tweets")).withQueryParam("ids", equalTo(remoteId)).willReturn(okJson("""
                {"data":[{"id":"%s","text":"…","edit_history_tweet_ids":["%s"],
                  "public_metrics":{"retweet_count":%d,"reply_count":%d,"like_count":%d,"quote_count":0,"bookmark_count":1},
                  "non_public_metrics":{"impression_count":905,"url_link_clicks":3,"user_profile_clicks":1}}]}"""
                .formatted(remoteId, remoteId, reposts, replies, likes))));
    }

    /** Engagement reads: GET /2/tweets with the post's metrics. */
    @Test
    void readsLikesRepostsQuotesRepliesAndImpressionsOfAPost() throws Exception {
        X.stubFor(get(urlPathEqualTo("/2/tweets")).willReturn(okJson("""
                {"data":[{"id":"1476123456789012345","text":"…",
                  "public_metrics":{"retweet_count":4,"reply_count":2,"like_count":31,"quote_count":1},
                  "non_public_metrics":{"impression_count":1890,"url_link_clicks":0,"user_profile_clicks":5}}]}""")));

        Engagement engagement = connector().engagement("1476123456789012345");

        assertThat(engagement.likes()).isEqualTo(31);
        assertThat(engagement.reposts()).as("retweets and quotes").isEqualTo(5);
        assertThat(engagement.replies()).isEqualTo(2);
        assertThat(engagement.impressions()).hasValue(1890);
        assertThat(engagement.readAt()).isEqualTo(NOW);
        LoggedRequest request = X.findAll(getRequestedFor(urlPathEqualTo("/2/tweets"))).getFirst();
        assertThat(request.queryParameter("ids").firstValue()).isEqualTo("1476123456789012345");
        assertThat(request.queryParameter("tweet.fields").firstValue()).isEqualTo("public_metrics,non_public_metrics");
    }

    @Test
    void readsPublicMetricsAloneWhenTheAppMayNotSeeImpressions() throws Exception {
        X.stubFor(get(urlPathEqualTo("/2/tweets")).withQueryParam("tweet.fields",
                        equalTo("public_metrics,non_public_metrics"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"title\":\"Forbidden\",\"detail\":\"non_public_metrics needs user context\"}")));
        X.stubFor(get(urlPathEqualTo("/2/tweets")).withQueryParam("tweet.fields", equalTo("public_metrics"))
                .willReturn(okJson("""
                        {"data":[{"id":"42","text":"…","public_metrics":{"retweet_count":1,"reply_count":0,
                          "like_count":3,"quote_count":0}}]}""")));
        Connector x = connector();

        assertThat(x.engagement("42").impressions()).isEmpty();
        assertThat(x.engagement("42").likes()).isEqualTo(3);

        assertThat(X.findAll(getRequestedFor(urlPathEqualTo("/2/tweets")))).as("the refused fields are asked once")
                .extracting(request -> request.queryParameter("tweet.fields").firstValue())
                .containsExactly("public_metrics,non_public_metrics", "public_metrics", "public_metrics");
    }

    @Test
    void aDeletedPostsEngagementIsAPermanentFailureAndARateLimitSaysWhenToAskAgain() {
        X.stubFor(get(urlPathEqualTo("/2/tweets")).withQueryParam("ids", equalTo("7")).willReturn(okJson("""
                {"errors":[{"value":"7","detail":"Could not find tweet with ids: [7].","title":"Not Found Error",
                  "type":"https://api.twitter.com/2/problems/resource-not-found"}]}""")));
        X.stubFor(get(urlPathEqualTo("/2/tweets")).withQueryParam("ids", equalTo("8")).willReturn(aResponse()
                .withStatus(429).withHeader("x-rate-limit-reset", "1325229000").withBody("{\"title\":\"Too Many Requests\"}")));

        assertThatThrownBy(() -> connector().engagement("7")).isInstanceOf(PublishException.Permanent.class)
                .hasMessageContaining("no post 7");
        assertThat(catchThrowableOfType(PublishException.RateLimited.class, () -> connector().engagement("8"))
                .retryAt()).isEqualTo(Instant.ofEpochSecond(1325229000));
    }
}

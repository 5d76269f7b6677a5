package org.pressdesk.connector.mastodon;

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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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
import org.pressdesk.connector.ThreadJournal;
import org.pressdesk.testing.SettableClock;
import org.pressdesk.connector.http.TestServers;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;

class MastodonConnectorTest extends ConnectorContractTest {

    static final Instant NOW = Instant.parse("2011-12-30T07:00:05Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String TOKEN = "mastodon-SECRET-token-never-printed";

    static final FakeMastodonStatuses STATUSES = new FakeMastodonStatuses();
    static final WireMockServer MASTODON = new WireMockServer(wireMockConfig().dynamicPort().extensions(STATUSES));

    @BeforeAll
    static void startMastodon() {
        MASTODON.start();
    }

    @AfterAll
    static void stopMastodon() {
        MASTODON.stop();
    }

    @Override
    protected Connector createConnector() {
        MASTODON.resetAll();
        STATUSES.reset();
        MASTODON.stubFor(post("/api/v1/statuses").withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse().withTransformers(FakeMastodonStatuses.NAME)));
        MASTODON.stubFor(get("/api/v2/instance").willReturn(okJson(instance(500, 23))));
        MASTODON.stubFor(get("/api/v1/accounts/verify_credentials").withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(okJson("{\"id\":\"109\",\"username\":\"mfa\",\"acct\":\"mfa\",\"followers_count\":48213,"
                        + "\"url\":\"https://mastodon.example/@mfa\"}")));
        MASTODON.stubFor(get(urlPathEqualTo("/api/v1/accounts/109/statuses"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse().withTransformers(FakeMastodonStatuses.NAME)));
        return connector(Map.of(), CLOCK);
    }

    @Override
    protected boolean listsItsOwnPosts() {
        return true;
    }

    /** What the instance published: a repeat under a known Idempotency-Key publishes nothing. */
    @Override
    protected String configuredChannelId() {
        return "mastodon-mfa";
    }

    @Override
    protected List<String> textsReceivedByChannel() {
        return STATUSES.created().stream().map(form -> form.get("status")).toList();
    }

    static Connector connector(Map<String, String> extraSettings, Clock clock) {
        return connector(extraSettings, clock, ThreadJournal.inMemory());
    }

    static Connector connector(Map<String, String> extraSettings, Clock clock, ThreadJournal journal) {
        Map<String, String> settings = new HashMap<>(Map.of("base-url", MASTODON.baseUrl(), "read-timeout", "5s"));
        settings.putAll(extraSettings);
        return new MastodonConnectorType(clock, journal).create(new ChannelAccount("mastodon-mfa", "mastodon", null,
                settings, Map.of("access-token", TOKEN)));
    }

    static String instance(int maxCharacters, int charactersReservedPerUrl) {
        return """
                {"domain":"mastodon.example","title":"Mastodon","version":"4.3.0",
                 "configuration":{"urls":{"streaming":"wss://mastodon.example"},
                  "statuses":{"max_characters":%d,"max_media_attachments":4,"characters_reserved_per_url":%d}}}"""
                .formatted(maxCharacters, charactersReservedPerUrl);
    }

    static List<LoggedRequest> statusRequests() {
        return MASTODON.findAll(postRequestedFor(urlEqualTo("/api/v1/statuses")));
    }

    static ChannelContent english(String text) {
        return new ChannelContent(ContentKind.STATEMENT, ContentLanguage.EN, "Statement", List.of(text), null,
                SCHEDULED_AT, null);
    }

    static void mastodonAnswers(int status, String body, Map<String, String> headers) {
        var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
        headers.forEach(response::withHeader);
        MASTODON.stubFor(post("/api/v1/statuses").willReturn(response));
    }

    static PublishException publishFails() {
        return catchThrowableOfType(PublishException.class,
                () -> connector(Map.of(), CLOCK).publish(english("Statement of the spokesperson"), "key-1"));
    }

    @Test
    void postsAFormWithBearerTokenAndIdempotencyKey() throws Exception {
        PublishReceipt receipt = connector().publish(content("外交部發言人洪磊答記者問"), "target-42");

        LoggedRequest request = statusRequests().getFirst();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("target-42");
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(FakeMastodonStatuses.form(request.getBodyAsString())).containsExactly(
                Map.entry("status", "外交部發言人洪磊答記者問"),
                Map.entry("visibility", "public"),
                Map.entry("language", "zh"));
        assertThat(receipt.remoteId()).isEqualTo("107000000000000001");
        assertThat(receipt.url()).isEqualTo(URI.create("https://mastodon.example/@mfa/107000000000000001"));
        assertThat(receipt.publishedAt()).isEqualTo(Instant.parse("2011-12-30T07:00:00Z"));
    }

    @Test
    void sendsTheLanguageAndTheConfiguredVisibility() throws Exception {
        connector(Map.of("visibility", "unlisted"), CLOCK).publish(english("Statement"), "key-en");

        assertThat(STATUSES.created().getFirst()).containsEntry("language", "en").containsEntry("visibility", "unlisted");
    }

    @Test
    void publishesAThreadAsRepliesWithOneKeyPerPart() throws Exception {
        PublishReceipt receipt = connector().publish(content("第一部分", "第二部分", "第三部分"), "target-7");

        assertThat(receipt.partIds()).containsExactly("107000000000000001", "107000000000000002", "107000000000000003");
        List<LoggedRequest> requests = statusRequests();
        assertThat(requests).extracting(request -> request.getHeader("Idempotency-Key"))
                .containsExactly("target-7#1", "target-7#2", "target-7#3");
        assertThat(STATUSES.created()).extracting(form -> form.get("status") + "→" + form.get("in_reply_to_id"))
                .containsExactly("第一部分→null", "第二部分→107000000000000001", "第三部分→107000000000000002");
    }

    @Test
    void aLostAnswerIsOutcomeUnknownAndResendingWithTheSameKeyPublishesNothingNew() throws Exception {
        STATUSES.loseTheAnswerOnce("target-9");

        assertThatThrownBy(() -> connector().publish(content("答記者問"), "target-9"))
                .isInstanceOf(PublishException.OutcomeUnknown.class)
                .hasMessageContaining("same key is safe");
        PublishReceipt receipt = connector().publish(content("答記者問"), "target-9");

        assertThat(statusRequests()).hasSize(2)
                .allMatch(request -> "target-9".equals(request.getHeader("Idempotency-Key")));
        assertThat(textsReceivedByChannel()).containsExactly("答記者問");
        assertThat(receipt.remoteId()).isEqualTo("107000000000000001");
    }

    @Test
    void aThreadThatFailedHalfWayIsResentWholeWithoutRepeatingItsParts() throws Exception {
        MASTODON.stubFor(post("/api/v1/statuses").atPriority(1).withHeader("Idempotency-Key", equalTo("t#2"))
                .inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":\"Service Unavailable\"}"))
                .willSetStateTo("recovered"));
        var thread = content("第一部分", "第二部分");

        assertThatThrownBy(() -> connector().publish(thread, "t"))
                .isInstanceOf(PublishException.Transient.class)
                .hasMessageContaining("part 2 of 2").hasMessageContaining("[107000000000000001]");
        PublishReceipt receipt = connector().publish(thread, "t");

        assertThat(receipt.partIds()).containsExactly("107000000000000001", "107000000000000002");
        assertThat(textsReceivedByChannel()).containsExactly("第一部分", "第二部分");
    }

    @Nested
    class ThreadsAfterTheKeyWindow {

        private void partTwoFailsOnce(String key) {
            MASTODON.stubFor(post("/api/v1/statuses").atPriority(1).withHeader("Idempotency-Key", equalTo(key + "#2"))
                    .inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(503).withBody("{\"error\":\"Service Unavailable\"}"))
                    .willSetStateTo("recovered"));
        }

        @Test
        void aRetryAfterTheInstanceForgotTheKeysContinuesTheThreadFromTheJournal() throws Exception {
            partTwoFailsOnce("t");
            SettableClock clock = new SettableClock(NOW);
            Connector mastodon = connector(Map.of(), clock);
            var thread = content("第一部分", "第二部分", "第三部分");
            assertThatThrownBy(() -> mastodon.publish(thread, "t")).isInstanceOf(PublishException.Transient.class);

            clock.advance(Duration.ofHours(3));
            STATUSES.forgetIdempotencyKeys();
            PublishReceipt receipt = mastodon.publish(thread, "t");

            assertThat(textsReceivedByChannel()).containsExactly("第一部分", "第二部分", "第三部分");
            assertThat(receipt.partIds()).containsExactly("107000000000000001", "107000000000000002",
                    "107000000000000003");
            assertThat(receipt.remoteId()).isEqualTo("107000000000000001");
            assertThat(receipt.url()).isEqualTo(URI.create("https://mastodon.example/@mfa/107000000000000001"));
            assertThat(STATUSES.created()).extracting(form -> form.get("in_reply_to_id"))
                    .containsExactly(null, "107000000000000001", "107000000000000002");
            assertThat(statusRequests()).extracting(request -> request.getHeader("Idempotency-Key"))
                    .containsExactly("t#1", "t#2", "t#2", "t#3");
        }

        @Test
        void anotherNodeContinuesTheThreadThroughTheSharedJournalAndForgetsItWhenComplete() throws Exception {
            partTwoFailsOnce("t");
            ThreadJournal journal = ThreadJournal.inMemory();
            var thread = content("第一部分", "第二部分");
            assertThatThrownBy(() -> connector(Map.of(), CLOCK, journal).publish(thread, "t"))
                    .isInstanceOf(PublishException.Transient.class);
            assertThat(journal.published("mastodon-mfa", "t")).extracting(ThreadJournal.PublishedPart::remoteId)
                    .containsExactly("107000000000000001");

            STATUSES.forgetIdempotencyKeys();
            PublishReceipt receipt = connector(Map.of(), CLOCK, journal).publish(thread, "t");

            assertThat(receipt.partIds()).containsExactly("107000000000000001", "107000000000000002");
            assertThat(textsReceivedByChannel()).containsExactly("第一部分", "第二部分");
            assertThat(journal.published("mastodon-mfa", "t")).isEmpty();
        }

        @Test
        void refusesToContinueAThreadWhosePublishedPartsChanged() {
            partTwoFailsOnce("t");
            ThreadJournal journal = ThreadJournal.inMemory();
            assertThatThrownBy(() -> connector(Map.of(), CLOCK, journal).publish(content("第一部分", "第二部分"), "t"))
                    .isInstanceOf(PublishException.Transient.class);

            assertThatThrownBy(() -> connector(Map.of(), CLOCK, journal).publish(content("改過的第一部分", "第二部分"), "t"))
                    .isInstanceOf(PublishException.Permanent.class)
                    .hasMessageContaining("[107000000000000001]");
            assertThat(statusRequests()).hasSize(2);
        }

        @Test
        void aSinglePostIsNotJournalled() throws Exception {
            ThreadJournal journal = ThreadJournal.inMemory();
            mastodonAnswers(503, "{\"error\":\"Service Unavailable\"}", Map.of());

            assertThatThrownBy(() -> connector(Map.of(), CLOCK, journal).publish(content("答記者問"), "single"))
                    .isInstanceOf(PublishException.Transient.class);
            assertThat(journal.published("mastodon-mfa", "single")).isEmpty();
        }
    }

    @Test
    void readsFollowersFromVerifyCredentials() throws Exception {
        assertThat(connector().audience().followers()).hasValue(48_213L);
        assertThat(MASTODON.findAll(getRequestedFor(urlEqualTo("/api/v1/accounts/verify_credentials"))))
                .singleElement().matches(request -> ("Bearer " + TOKEN).equals(request.getHeader("Authorization")));
    }

    /** Connector.reconcile: the account's own statuses read back from GET /api/v1/accounts/:id/statuses. */
    @Nested
    class Reconcile {

        static final Instant FIRST_ATTEMPT = Instant.parse("2011-12-30T07:00:00Z");
        static final String STATUSES_PATH = "/api/v1/accounts/109/statuses";

        static String status(String id, String html, String createdAt, String inReplyTo) {
            return "{\"id\":\"" + id + "\",\"created_at\":\"" + createdAt + "\",\"in_reply_to_id\":"
                    + (inReplyTo == null ? "null" : "\"" + inReplyTo + "\"") + ",\"visibility\":\"public\","
                    + "\"url\":\"https://mastodon.example/@mfa/" + id + "\",\"content\":"
                    + tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(html)
                    + ",\"account\":{\"id\":\"109\",\"url\":\"https://mastodon.example/@mfa\"}}";
        }

        static void accountShows(String... statuses) {
            MASTODON.stubFor(get(urlPathEqualTo(STATUSES_PATH)).willReturn(okJson("[" + String.join(",", statuses) + "]")));
            MASTODON.stubFor(get(urlPathEqualTo(STATUSES_PATH)).withQueryParam("max_id", matching(".+"))
                    .willReturn(okJson("[]")));
        }

        static List<LoggedRequest> listingRequests() {
            return MASTODON.findAll(getRequestedFor(urlPathEqualTo(STATUSES_PATH)));
        }

        /** Who the account is, then its statuses page by page, each exactly as documented and with the token. */
        static void assertListedInFull(List<String> maxIds) {
            assertThat(MASTODON.findAll(getRequestedFor(urlPathEqualTo("/api/v1/accounts/verify_credentials"))))
                    .singleElement().satisfies(request -> assertThat(request.getHeader("Authorization"))
                            .isEqualTo("Bearer " + TOKEN));
            List<LoggedRequest> requests = listingRequests();
            assertThat(requests).hasSize(maxIds.size());
            for (int page = 0; page < maxIds.size(); page++) {
                Map<String, String> query = new HashMap<>();
                requests.get(page).getQueryParams().forEach((name, value) -> query.put(name, value.firstValue()));
                Map<String, String> expected = new HashMap<>(Map.of("limit", "40", "exclude_reblogs", "true"));
                if (maxIds.get(page) != null) {
                    expected.put("max_id", maxIds.get(page));
                }
                assertThat(query).isEqualTo(expected);
                assertThat(requests.get(page).getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
            }
            assertThat(statusRequests()).as("reconciling never posts").isEmpty();
        }

        @Test
        void findsTheStatusThoughMastodonRenderedItAsHtml() throws Exception {
            accountShows(
                    status("2002", "<p>Another statement</p>", "2011-12-30T07:10:00.000Z", null),
                    status("2001", "<p>Statement &amp; answers<br />See <a href=\"https://www.fmprc.gov.cn/web/t891234.shtml\""
                            + " rel=\"nofollow noopener\" target=\"_blank\"><span class=\"invisible\">https://www.</span>"
                            + "<span class=\"ellipsis\">fmprc.gov.cn/web/t89123</span><span class=\"invisible\">4.shtml"
                            + "</span></a> cc <span class=\"h-card\"><a href=\"https://social.example/@press\""
                            + " class=\"u-url mention\">@<span>press</span></a></span></p>",
                            "2011-12-30T07:00:03.000Z", null),
                    status("1999", "<p>Yesterday</p>", "2011-12-29T07:00:00.000Z", null));

            var reconciled = connector().reconcile(english("Statement & answers\nSee "
                    + "https://www.fmprc.gov.cn/web/t891234.shtml cc @press@social.example"), "key-1", FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Found.class, found -> {
                assertThat(found.receipt().remoteId()).isEqualTo("2001");
                assertThat(found.receipt().partIds()).containsExactly("2001");
                assertThat(found.receipt().url()).isEqualTo(URI.create("https://mastodon.example/@mfa/2001"));
                assertThat(found.receipt().publishedAt()).isEqualTo(Instant.parse("2011-12-30T07:00:03Z"));
            });
            assertListedInFull(java.util.Collections.singletonList(null));
        }

        @Test
        void findsAThreadPartByPartAlongItsReplyChain() throws Exception {
            ThreadJournal journal = ThreadJournal.inMemory();
            accountShows(
                    status("2003", "<p>第二部分</p>", "2011-12-30T07:00:06.000Z", "2001"),
                    status("2008", "<p>第二部分</p>", "2011-12-30T07:00:07.000Z", "1500"),
                    status("2002", "<p>第二部分</p>", "2011-12-30T07:00:06.000Z", "2000"),
                    status("2000", "<p>第一部分</p>", "2011-12-30T07:00:05.000Z", null),
                    status("1999", "<p>Yesterday</p>", "2011-12-29T07:00:00.000Z", null));

            var reconciled = connector(Map.of(), CLOCK, journal).reconcile(content("第一部分", "第二部分"), "key-t",
                    FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Found.class, found -> {
                assertThat(found.receipt().partIds()).containsExactly("2000", "2002");
                assertThat(found.receipt().url()).isEqualTo(URI.create("https://mastodon.example/@mfa/2000"));
            });
            assertThat(journal.published("mastodon-mfa", "key-t")).isEmpty();
        }

        @Test
        void aThreadFoundInPartIsJournalledAndAbsentSoThatAReSendAfterTheKeyWindowContinuesIt() throws Exception {
            ThreadJournal journal = ThreadJournal.inMemory();
            accountShows(
                    status("2002", "<p>第二部分</p>", "2011-12-30T07:00:06.000Z", "2000"),
                    status("2000", "<p>第一部分</p>", "2011-12-30T07:00:05.000Z", null),
                    status("1999", "<p>Yesterday</p>", "2011-12-29T07:00:00.000Z", null));
            var thread = content("第一部分", "第二部分", "第三部分");

            var reconciled = connector(Map.of(), CLOCK, journal).reconcile(thread, "key-t", FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Absent.class, absent ->
                    assertThat(absent.checked()).contains("parts 1–2 of 3").contains("[2000, 2002]"));
            PublishReceipt receipt = connector(Map.of(), CLOCK, journal).publish(thread, "key-t");
            assertThat(receipt.partIds()).containsExactly("2000", "2002", "107000000000000001");
            assertThat(receipt.url()).isEqualTo(URI.create("https://mastodon.example/@mfa/2000"));
            assertThat(STATUSES.created()).singleElement().satisfies(form -> assertThat(form)
                    .containsEntry("status", "第三部分").containsEntry("in_reply_to_id", "2002"));
            assertThat(statusRequests()).singleElement().satisfies(request ->
                    assertThat(request.getHeader("Idempotency-Key")).isEqualTo("key-t#3"));
        }

        @Test
        void aStatusMissingFromAListingThatReachesBackIsAbsent() throws Exception {
            accountShows(
                    status("2002", "<p>Another statement</p>", "2011-12-30T07:10:00.000Z", null),
                    status("1999", "<p>Statement</p>", "2011-12-30T06:40:00.000Z", null));

            var reconciled = connector().reconcile(english("Statement"), "key-1", FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Absent.class,
                    absent -> assertThat(absent.checked()).contains("not on Mastodon"));
            assertListedInFull(java.util.Collections.singletonList(null));
        }

        @Test
        void theEndOfTheAccountsStatusesReachesBackToo() throws Exception {
            accountShows(status("2002", "<p>Another statement</p>", "2011-12-30T07:10:00.000Z", null));

            assertThat(connector().reconcile(english("Statement"), "key-1", FIRST_ATTEMPT))
                    .isInstanceOf(Reconciliation.Absent.class);
            assertListedInFull(java.util.Arrays.asList(null, "2002"));
        }

        @Test
        void aListingThatDoesNotReachBackToTheFirstAttemptIsUndetermined() throws Exception {
            List<String> page = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                page.add(status(Long.toString(3000 - i), "<p>Later " + i + "</p>", "2011-12-30T08:00:00.000Z", null));
            }
            MASTODON.stubFor(get(urlPathEqualTo(STATUSES_PATH)).willReturn(okJson("[" + String.join(",", page) + "]")));

            var reconciled = connector().reconcile(english("Statement"), "key-1", FIRST_ATTEMPT);

            assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Undetermined.class, undetermined ->
                    assertThat(undetermined.checked()).contains("200").contains("does not reach back"));
            assertListedInFull(java.util.Arrays.asList(null, "2961", "2961", "2961", "2961"));
        }

        @Test
        void twoStatusesThatBothFitAreUndetermined() throws Exception {
            accountShows(
                    status("2002", "<p>Statement</p>", "2011-12-30T07:01:00.000Z", null),
                    status("2001", "<p>Statement</p>", "2011-12-30T07:00:05.000Z", null),
                    status("1999", "<p>Yesterday</p>", "2011-12-29T07:00:00.000Z", null));

            assertThat(connector().reconcile(english("Statement"), "key-1", FIRST_ATTEMPT))
                    .isInstanceOfSatisfying(Reconciliation.Undetermined.class, undetermined ->
                            assertThat(undetermined.checked()).contains("[2002, 2001]"));
        }

        @Test
        void aTokenWithoutReadStatusesLeavesItToAPersonAndSaysWhichScope() throws Exception {
            MASTODON.stubFor(get(urlPathEqualTo(STATUSES_PATH)).willReturn(aResponse().withStatus(403)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"This action is outside the authorized scopes\"}")));

            assertThat(connector().reconcile(english("Statement"), "key-1", FIRST_ATTEMPT))
                    .isInstanceOfSatisfying(Reconciliation.Undetermined.class, undetermined ->
                            assertThat(undetermined.checked()).contains("read:statuses").contains("403"));
        }

        @Test
        void aRateLimitWaitsUntilTheResetTime() {
            MASTODON.stubFor(get(urlPathEqualTo(STATUSES_PATH)).willReturn(aResponse().withStatus(429)
                    .withHeader("X-RateLimit-Reset", "2011-12-30T07:05:00.000Z").withBody("{\"error\":\"Too many requests\"}")));

            PublishException failure = catchThrowableOfType(PublishException.class,
                    () -> connector().reconcile(english("Statement"), "key-1", FIRST_ATTEMPT));

            assertThat(failure).isInstanceOfSatisfying(PublishException.RateLimited.class, limited ->
                    assertThat(limited.retryAt()).isEqualTo(Instant.parse("2011-12-30T07:05:00Z")));
        }

        @Test
        void anUnavailableInstanceIsTransient() {
            MASTODON.stubFor(get(urlPathEqualTo(STATUSES_PATH)).willReturn(aResponse().withStatus(503)));

            assertThatThrownBy(() -> connector().reconcile(english("Statement"), "key-1", FIRST_ATTEMPT))
                    .isInstanceOf(PublishException.Transient.class);
        }
    }

    @Nested
    class InstanceLimits {

        /** The contract's connector has read the instance already; count only this test's requests. */
        @BeforeEach
        void countOnlyThisTestsRequests() {
            MASTODON.resetRequests();
        }

        @Test
        void readsTheLimitFromTheInstanceOnce() {
            MASTODON.stubFor(get("/api/v2/instance").willReturn(okJson(instance(1000, 30))));
            Connector mastodon = connector(Map.of(), CLOCK);

            assertThat(mastodon.capabilities().maxLength()).isEqualTo(1000);
            assertThat(mastodon.length("見 https://www.fmprc.gov.cn/web/t1.shtml")).isEqualTo(2 + 30);
            mastodon.validate(content("答"));
            assertThat(MASTODON.findAll(getRequestedFor(urlEqualTo("/api/v2/instance")))).hasSize(1)
                    .allMatch(request -> request.getHeader("Authorization") == null);
        }

        @Test
        void readsTheLimitsWhenTheConnectorIsCreatedSoThatNoCheckWaitsForTheInstance() {
            MASTODON.stubFor(get("/api/v2/instance").willReturn(okJson(instance(1000, 30))));
            Connector mastodon = connector(Map.of(), CLOCK);
            assertThat(MASTODON.findAll(getRequestedFor(urlEqualTo("/api/v2/instance")))).hasSize(1);

            MASTODON.stubFor(get("/api/v2/instance").willReturn(okJson(instance(1000, 30)).withFixedDelay(3_000)));
            long started = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                mastodon.capabilities();
                mastodon.length("答 https://www.fmprc.gov.cn/");
                mastodon.validate(content("答"));
            }

            // Below the instance's 3 s delay: no call waited for it, even on a loaded machine.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
            assertThat(MASTODON.findAll(getRequestedFor(urlEqualTo("/api/v2/instance")))).hasSize(1);
        }

        @Test
        void capabilitiesStayAsTheyWereAtCreationEvenWhenTheInstanceComesBackLater() {
            MASTODON.stubFor(get("/api/v2/instance").willReturn(aResponse().withStatus(503)));
            SettableClock clock = new SettableClock(NOW);
            Connector mastodon = connector(Map.of(), clock);
            assertThat(mastodon.capabilities().maxLength()).isEqualTo(500);

            MASTODON.stubFor(get("/api/v2/instance").willReturn(okJson(instance(5000, 23))));
            clock.advance(Duration.ofHours(2));

            assertThat(mastodon.capabilities().maxLength()).isEqualTo(500);
            assertThat(mastodon.validate(content("答".repeat(501)))).isNotEmpty();
            assertThat(MASTODON.findAll(getRequestedFor(urlEqualTo("/api/v2/instance")))).hasSize(1);
        }

        @Test
        void anInstanceThatDoesNotAnswerInTimeLeavesTheDefaults() {
            MASTODON.stubFor(get("/api/v2/instance").willReturn(okJson(instance(5000, 23)).withFixedDelay(1_500)));

            Connector mastodon = connector(Map.of("read-timeout", "300ms"), CLOCK);

            assertThat(mastodon.capabilities().maxLength()).isEqualTo(500);
        }

        @Test
        void keepsTheDefaultsForAnInstanceWithoutTheEndpoint() {
            MASTODON.stubFor(get("/api/v2/instance").willReturn(aResponse().withStatus(404)));
            SettableClock clock = new SettableClock(NOW);
            Connector mastodon = connector(Map.of(), clock);

            assertThat(mastodon.capabilities().maxLength()).isEqualTo(500);
            clock.advance(Duration.ofHours(1));
            assertThat(mastodon.capabilities().maxLength()).isEqualTo(500);
            assertThat(MASTODON.findAll(getRequestedFor(urlEqualTo("/api/v2/instance")))).hasSize(1);
        }

        @Test
        void aConfiguredLimitWinsAndTheInstanceIsNotAsked() {
            Connector mastodon = connector(Map.of("max-characters", "11000"), CLOCK);

            assertThat(mastodon.capabilities().maxLength()).isEqualTo(11000);
            assertThat(MASTODON.findAll(getRequestedFor(urlEqualTo("/api/v2/instance")))).isEmpty();
        }
    }

    @Nested
    class Errors {

        @Test
        void anInvalidTokenIsPermanentAndTellsStaffToReconnect() {
            mastodonAnswers(401, "{\"error\":\"The access token is invalid\"}", Map.of());

            assertThat(publishFails()).isInstanceOf(PublishException.Permanent.class)
                    .hasMessageContaining("reconnect the account").hasMessageContaining("mastodon-mfa")
                    .hasMessageContaining("The access token is invalid");
        }

        @Test
        void aMissingScopeIsPermanentAndNamesTheScopes() {
            mastodonAnswers(403, "{\"error\":\"This action is outside the authorized scopes\"}", Map.of());

            assertThat(publishFails()).isInstanceOf(PublishException.Permanent.class).hasMessageContaining("write:statuses");
        }

        @Test
        void aTextOverTheLimitIsPermanent() {
            mastodonAnswers(422, "{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}", Map.of());

            assertThat(publishFails()).isInstanceOf(PublishException.Permanent.class)
                    .hasMessageContaining("character limit of 500");
        }

        @Test
        void aRateLimitWaitsUntilTheIsoResetTime() {
            mastodonAnswers(429, "{\"error\":\"Too many requests\"}", Map.of(
                    "X-RateLimit-Limit", "300", "X-RateLimit-Remaining", "0",
                    "X-RateLimit-Reset", "2011-12-30T10:00:00.123456Z"));

            PublishException failure = publishFails();

            assertThat(failure).isInstanceOf(PublishException.RateLimited.class);
            assertThat(((PublishException.RateLimited) failure).retryAt()).isEqualTo(Instant.parse("2011-12-30T10:00:00.123456Z"));
        }

        @Test
        void aRateLimitWithoutResetWaitsFiveMinutes() {
            mastodonAnswers(429, "{\"error\":\"Too many requests\"}", Map.of());

            assertThat(((PublishException.RateLimited) publishFails()).retryAt()).isEqualTo(NOW.plusSeconds(300));
        }

        @Test
        void aServerErrorAfterTheStatusWasSentIsOutcomeUnknownBecauseTheInstanceMayHaveCreatedIt() {
            for (int status : new int[] {500, 502, 504}) {
                mastodonAnswers(status, "<html>Bad Gateway</html>", Map.of());
                assertThat(publishFails()).as("HTTP %d", status).isInstanceOf(PublishException.OutcomeUnknown.class)
                        .hasMessageContaining("same key is safe within an hour");
            }
        }

        @Test
        void serviceUnavailableIsTransient() {
            mastodonAnswers(503, "<html>Service Unavailable</html>", Map.of());

            assertThat(publishFails()).isInstanceOf(PublishException.Transient.class);
        }

        @Test
        void aConnectionResetIsOutcomeUnknownAndSentOnce() {
            MASTODON.stubFor(post("/api/v1/statuses").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            assertThat(publishFails()).isInstanceOf(PublishException.OutcomeUnknown.class);
            assertThat(statusRequests()).hasSize(1);
        }

        @Test
        void anEmptyAnswerIsOutcomeUnknown() {
            MASTODON.stubFor(post("/api/v1/statuses").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

            assertThat(publishFails()).isInstanceOf(PublishException.OutcomeUnknown.class);
        }

        @Test
        void noAnswerWithinTheReadTimeoutIsOutcomeUnknown() {
            MASTODON.stubFor(post("/api/v1/statuses").willReturn(okJson("{\"id\":\"1\"}").withFixedDelay(1_500)));

            assertThatThrownBy(() -> connector(Map.of("read-timeout", "300ms", "max-characters", "500"), CLOCK)
                    .publish(english("Statement"), "key-1"))
                    .isInstanceOf(PublishException.OutcomeUnknown.class);
        }

        @Test
        void aRefusedConnectionIsTransient() {
            Connector unreachable = connector(Map.of("base-url", TestServers.refusingBaseUrl()), CLOCK);

            assertThatThrownBy(() -> unreachable.publish(english("Statement"), "key-1"))
                    .isInstanceOf(PublishException.Transient.class).hasMessageContaining("nothing was sent");
            assertThatThrownBy(unreachable::audience).isInstanceOf(PublishException.Transient.class);
        }

        @Test
        void theTokenAppearsInNoMessageOrTrace() {
            mastodonAnswers(401, "{\"error\":\"The access token is invalid\"}", Map.of());
            StringWriter trace = new StringWriter();
            publishFails().printStackTrace(new PrintWriter(trace));

            assertThat(trace.toString() + connector()).contains("invalid").doesNotContain(TOKEN);
        }
    }

    @Nested
    class Length {

        @Test
        void countsCodePointsWithUrlsAtTheReservedLength() {
            Connector mastodon = connector();
            assertThat(mastodon.capabilities().lengthCounting()).isEqualTo(LengthCounting.CODE_POINTS);
            assertThat(mastodon.length("外交部發言人洪磊答記者問")).isEqualTo(12);
            assertThat(mastodon.length("😀")).isEqualTo(1);
            assertThat(mastodon.length("Hello 世界 🌏 café")).isEqualTo(15);
            assertThat(mastodon.length("https://www.fmprc.gov.cn/web/fyrbt_673021/jzhsl_673025/t891234.shtml")).isEqualTo(23);
            assertThat(mastodon.length("見 www.fmprc.gov.cn")).as("a URL without protocol is text").isEqualTo(18);
            assertThat(mastodon.length("cc @mfa@mastodon.example")).as("a remote mention counts as @user").isEqualTo(7);
            assertThat(mastodon.length("👨‍👩‍👧")).as("code points, more than Mastodon's one grapheme").isEqualTo(5);
        }

        @Test
        void acceptsExactlyTheLimitAndRefusesOneOver() {
            String url = " https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t891234.shtml";
            Map<String, String> atLimit = Map.of(
                    "latin", "a".repeat(500),
                    "cjk", "答".repeat(500),
                    "emoji", "😀".repeat(500),
                    "url", "答".repeat(476) + url,
                    "mixed", "答".repeat(200) + "a".repeat(200) + "😀".repeat(100));
            Map<String, String> oneOver = Map.of(
                    "latin", "a".repeat(501),
                    "cjk", "答".repeat(501),
                    "emoji", "😀".repeat(501),
                    "url", "答".repeat(477) + url,
                    "mixed", "答".repeat(200) + "a".repeat(201) + "😀".repeat(100));
            assertAcceptsAtLimitAndRefusesOneOver(500, atLimit, oneOver);
        }
    }

    @Nested
    class Configuration {

        @Test
        void theInstanceAndTokenAreRequired() {
            assertThatThrownBy(() -> new MastodonConnectorType(CLOCK).create(new ChannelAccount("m", "mastodon", null,
                    Map.of(), Map.of("access-token", TOKEN))))
                    .isInstanceOf(InvalidChannelConfigurationException.class).hasMessageContaining("'base-url'");
            assertThatThrownBy(() -> new MastodonConnectorType(CLOCK).create(new ChannelAccount("m", "mastodon", null,
                    Map.of("base-url", "https://mastodon.example"), Map.of())))
                    .isInstanceOf(InvalidChannelConfigurationException.class).hasMessageContaining("'access-token'");
        }

        @Test
        void rejectsAnUnknownVisibility() {
            assertThatThrownBy(() -> connector(Map.of("visibility", "everyone"), CLOCK))
                    .isInstanceOf(InvalidChannelConfigurationException.class).hasMessageContaining("visibility");
        }
    }

    @Override
    protected void givenEngagement(String remoteId, long likes, long reposts, long replies) {
        MASTODON.stubFor(get(urlEqualTo("/api/v1/statuses/" + remoteId)).willReturn(okJson("""
                {"id":"%s","favourites_count":%d,"reblogs_count":%d,"replies_count":%d}"""
                .formatted(remoteId, likes, reposts, replies))));
    }

    /** Engagement reads: GET /api/v1/statuses/:id, favourites as likes and boosts as reposts. */
    @Test
    void readsFavouritesBoostsAndRepliesOfAStatus() throws Exception {
        MASTODON.stubFor(get(urlEqualTo("/api/v1/statuses/109876")).willReturn(okJson("""
                {"id":"109876","content":"<p>…</p>","favourites_count":12,"reblogs_count":4,"replies_count":1}""")));

        Engagement engagement = connector().engagement("109876");

        assertThat(engagement.likes()).isEqualTo(12);
        assertThat(engagement.reposts()).isEqualTo(4);
        assertThat(engagement.replies()).isEqualTo(1);
        assertThat(engagement.impressions()).isEmpty();
        assertThat(MASTODON.findAll(getRequestedFor(urlEqualTo("/api/v1/statuses/109876")))).singleElement()
                .matches(request -> ("Bearer " + TOKEN).equals(request.getHeader("Authorization")));
    }

    @Test
    void aDeletedStatusIsAPermanentFailure() {
        MASTODON.stubFor(get(urlEqualTo("/api/v1/statuses/404404")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"Record not found\"}")));

        assertThatThrownBy(() -> connector().engagement("404404")).isInstanceOf(PublishException.Permanent.class);
    }
}

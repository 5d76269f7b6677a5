package org.pressdesk.dispatch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.post.NewPost;
import org.pressdesk.post.Post;
import org.pressdesk.post.PostSource;
import org.pressdesk.post.PostWorkflow;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.post.TargetState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with real Weibo and Mastodon connectors, configured only through
 * {@code pressdesk.channels}, publishing to local stand-ins of both APIs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MicroblogChannelsEndToEndTest {

    private static final WireMockServer WEIBO = started();
    private static final WireMockServer MASTODON = started();
    private static final WireMockServer X = started();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PostWorkflow workflow;

    @Autowired
    Dispatcher dispatcher;

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        registry.add("spring.profiles.active", () -> "e2e");
        registry.add("pressdesk.dispatch.enabled", () -> "false");
        registry.add("pressdesk.channels.weibo-mfa.type", () -> "weibo");
        registry.add("pressdesk.channels.weibo-mfa.settings.base-url", WEIBO::baseUrl);
        registry.add("pressdesk.channels.weibo-mfa.settings.safe-domain", () -> "www.fmprc.gov.cn");
        registry.add("pressdesk.channels.weibo-mfa.settings.rip", () -> "203.0.113.10");
        registry.add("pressdesk.channels.weibo-mfa.credentials.access-token", () -> "weibo-token-e2e");
        registry.add("pressdesk.channels.mastodon-mfa.type", () -> "mastodon");
        registry.add("pressdesk.channels.mastodon-mfa.settings.base-url", MASTODON::baseUrl);
        registry.add("pressdesk.channels.mastodon-mfa.settings.max-characters", () -> "500");
        registry.add("pressdesk.channels.mastodon-mfa.credentials.access-token", () -> "mastodon-token-e2e");
        registry.add("pressdesk.channels.x-mfa.type", () -> "x");
        registry.add("pressdesk.channels.x-mfa.settings.v2-base-url", () -> X.baseUrl() + "/2/");
        registry.add("pressdesk.channels.x-mfa.settings.rest-base-url", () -> X.baseUrl() + "/1.1/");
        for (String credential : List.of("consumer-key", "consumer-secret", "access-token", "access-token-secret")) {
            registry.add("pressdesk.channels.x-mfa.credentials." + credential, () -> credential + "-e2e");
        }
    }

    @BeforeEach
    void resetPeers() {
        jdbc.sql("DELETE FROM publishing_pause").update();
        WEIBO.resetAll();
        MASTODON.resetAll();
        X.resetAll();
    }

    @AfterAll
    static void stopPeers() {
        WEIBO.stop();
        MASTODON.stop();
        X.stop();
    }

    @Test
    void publishesToWeiboAndMastodonThroughTheirApis() {
        WEIBO.stubFor(post("/2/statuses/share.json").willReturn(okJson(
                "{\"id\":3504803612345678,\"idstr\":\"3504803612345678\",\"user\":{\"idstr\":\"1904178193\"}}")));
        MASTODON.stubFor(post("/api/v1/statuses").willReturn(okJson(
                "{\"id\":\"110001\",\"url\":\"https://mastodon.example/@mfa/110001\"}")));

        Post post = approvedPost("weibo-mfa", "mastodon-mfa");
        dispatcher.dispatchDue();

        Post published = workflow.get(post.id());
        assertThat(published.targets()).extracting(PublishTarget::state).containsOnly(TargetState.PUBLISHED);
        assertThat(target(published, "mastodon-mfa").receipt().url()).isEqualTo("https://mastodon.example/@mfa/110001");
        assertThat(target(published, "weibo-mfa").receipt().remoteId()).isEqualTo("3504803612345678");
        MASTODON.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/statuses"))
                .withHeader("Authorization", equalTo("Bearer mastodon-token-e2e"))
                .withHeader("Idempotency-Key", equalTo(target(published, "mastodon-mfa").idempotencyKey())));
        WEIBO.verify(1, postRequestedFor(urlPathEqualTo("/2/statuses/share.json"))
                .withFormParam("access_token", equalTo("weibo-token-e2e"))
                .withFormParam("rip", equalTo("203.0.113.10")));
        assertThat(WEIBO.findAll(postRequestedFor(urlPathEqualTo("/2/statuses/share.json"))).getFirst()
                .getBodyAsString()).contains("www.fmprc.gov.cn");
    }

    @Test
    void aLostAnswerIsResentSafelyToMastodonButLeftToAPersonOnWeibo() {
        MASTODON.stubFor(post("/api/v1/statuses").inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("answering"));
        MASTODON.stubFor(post("/api/v1/statuses").inScenario("lost").whenScenarioStateIs("answering")
                .willReturn(okJson("{\"id\":\"110002\",\"url\":\"https://mastodon.example/@mfa/110002\"}")));
        WEIBO.stubFor(post("/2/statuses/share.json").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Post post = approvedPost("weibo-mfa", "mastodon-mfa");
        dispatcher.dispatchDue();
        assertThat(target(workflow.get(post.id()), "weibo-mfa").state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
        assertThat(target(workflow.get(post.id()), "mastodon-mfa").state()).isEqualTo(TargetState.SCHEDULED);

        // The retry waits for its backoff; the test's instant is real time, so move the target's due time instead.
        PublishTarget retry = target(workflow.get(post.id()), "mastodon-mfa");
        workflow.reschedule(post.id(), "mastodon-mfa", Instant.now(), "approver-wang", "retry now");
        dispatcher.dispatchDue();

        PublishTarget published = target(workflow.get(post.id()), "mastodon-mfa");
        assertThat(published.state()).isEqualTo(TargetState.PUBLISHED);
        List<String> keys = MASTODON.findAll(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))).stream()
                .map(request -> request.getHeader("Idempotency-Key")).toList();
        assertThat(keys).hasSize(2).containsOnly(retry.idempotencyKey());
        WEIBO.verify(1, postRequestedFor(urlPathEqualTo("/2/statuses/share.json")));
    }

    @Test
    void anXThreadInterruptedHalfWayIsContinuedFromTheDatabaseJournal() {
        X.stubFor(post("/2/tweets").inScenario("thread").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"data\":{\"id\":\"1001\",\"text\":\"1\"}}")).willSetStateTo("down"));
        X.stubFor(post("/2/tweets").inScenario("thread").whenScenarioStateIs("down")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("back"));
        X.stubFor(post("/2/tweets").inScenario("thread").whenScenarioStateIs("back")
                .willReturn(okJson("{\"data\":{\"id\":\"1002\",\"text\":\"2\"}}")).willSetStateTo("last"));
        X.stubFor(post("/2/tweets").inScenario("thread").whenScenarioStateIs("last")
                .willReturn(okJson("{\"data\":{\"id\":\"1003\",\"text\":\"3\"}}")));
        Post post = approvedPost(List.of("x-mfa"), "中方歡迎各方恢復對話，並願同各方保持溝通。".repeat(12));
        assertThat(workflow.get(post.id()).targets().getFirst().attempts()).isZero();

        dispatcher.dispatchDue();
        assertThat(target(workflow.get(post.id()), "x-mfa").state()).isEqualTo(TargetState.SCHEDULED);
        assertThat(jdbc.sql("SELECT remote_id FROM thread_part").query(String.class).list()).containsExactly("1001");

        workflow.reschedule(post.id(), "x-mfa", Instant.now(), "approver-wang", "retry now");
        dispatcher.dispatchDue();

        PublishTarget published = target(workflow.get(post.id()), "x-mfa");
        assertThat(published.state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(published.receipt().remoteId()).isEqualTo("1001");
        assertThat(X.findAll(postRequestedFor(urlPathEqualTo("/2/tweets")))).hasSize(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM thread_part").query(Long.class).single()).isZero();
    }

    @Test
    void xsMonthlyUsageCapPausesTheXChannelInsteadOfRetryingEveryPost() {
        X.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withBody("{\"title\":\"UsageCapExceeded\",\"detail\":\"Usage cap exceeded: Monthly product cap\","
                        + "\"type\":\"https://api.twitter.com/2/problems/usage-capped\",\"period\":\"Monthly\","
                        + "\"scope\":\"Product\"}")));
        MASTODON.stubFor(post("/api/v1/statuses").willReturn(okJson(
                "{\"id\":\"110002\",\"url\":\"https://mastodon.example/@mfa/110002\"}")));

        Post first = approvedPost("x-mfa", "mastodon-mfa");
        dispatcher.dispatchDue();
        Post second = approvedPost("x-mfa");
        dispatcher.dispatchDue();

        X.verify(1, postRequestedFor(urlPathEqualTo("/2/tweets")));
        assertThat(target(workflow.get(first.id()), "mastodon-mfa").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(List.of(first, second)).allSatisfy(post -> assertThat(target(workflow.get(post.id()), "x-mfa")
                .state()).isEqualTo(TargetState.SCHEDULED));
        assertThat(jdbc.sql("SELECT cause || ': ' || reason FROM publishing_pause WHERE scope = 'x-mfa'")
                .query(String.class).single()).startsWith("QUOTA: quota used up: X usage cap reached")
                .contains("Monthly product cap");
    }

    private Post approvedPost(String... channels) {
        return approvedPost(List.of(channels), "答：中方歡迎各方恢復對話。");
    }

    private Post approvedPost(List<String> channels, String body) {
        List<NewPost.Target> targets = channels.stream()
                .map(channel -> new NewPost.Target(channel, Instant.now())).toList();
        Post draft = workflow.create(new NewPost(ContentKind.SPOKESPERSON_ANSWER, "發言人答記者問",
                body, ContentLanguage.ZH_HANT, PostSource.NONE, null, "editor-li",
                Instant.now(), targets));
        workflow.submit(draft.id(), "editor-li", null);
        return workflow.approve(draft.id(), "approver-wang", null);
    }

    private static PublishTarget target(Post post, String channel) {
        return post.targets().stream().filter(target -> target.channelId().equals(channel)).findFirst().orElseThrow();
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }
}

package org.pressdesk.dispatch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.post.Correction;
import org.pressdesk.post.NewPost;
import org.pressdesk.post.Post;
import org.pressdesk.post.PostSource;
import org.pressdesk.post.PostWorkflow;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.post.TargetState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with real X, Weibo and Mastodon connectors and the shipped templates: a post taken down
 * from every channel (every part of an X thread), and a correction replying to the original on Mastodon.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class WithdrawAndCorrectEndToEndTest {

    private static final WireMockServer WEIBO = started();
    private static final WireMockServer MASTODON = started();
    private static final WireMockServer X = started();

    @Autowired
    PostWorkflow workflow;

    @Autowired
    Dispatcher dispatcher;

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
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
    void aWithdrawnPostIsDeletedOnEveryChannelEveryPartOfAnXThreadLastFirst() {
        String state = Scenario.STARTED;
        for (String id : List.of("1001", "1002", "1003")) {
            X.stubFor(post("/2/tweets").inScenario("thread").whenScenarioStateIs(state)
                    .willReturn(okJson("{\"data\":{\"id\":\"" + id + "\",\"text\":\"t\"}}")).willSetStateTo("after-" + id));
            state = "after-" + id;
        }
        X.stubFor(delete(urlPathMatching("/2/tweets/[0-9]+")).willReturn(okJson("{\"data\":{\"deleted\":true}}")));
        WEIBO.stubFor(post("/2/statuses/share.json").willReturn(okJson(
                "{\"id\":3504803612345678,\"idstr\":\"3504803612345678\",\"user\":{\"idstr\":\"1904178193\"}}")));
        // Deleted by hand already: Weibo no longer has it.
        WEIBO.stubFor(post("/2/statuses/destroy.json").willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":\"target weibo does not exist!\",\"error_code\":20101}")));
        Post post = approvedPost(List.of("x-mfa", "weibo-mfa"),
                "中方歡迎各方恢復對話，並願同各方保持溝通。".repeat(12));
        dispatcher.dispatchDue();
        assertThat(workflow.get(post.id()).targets()).extracting(PublishTarget::state)
                .containsOnly(TargetState.PUBLISHED);

        workflow.withdraw(post.id(), "chief-zhang", "the date is wrong");
        dispatcher.dispatchDue();

        assertThat(workflow.get(post.id()).targets()).extracting(PublishTarget::state)
                .containsOnly(TargetState.WITHDRAWN);
        assertThat(X.findAll(deleteRequestedFor(urlPathMatching("/2/tweets/.*")))).extracting(LoggedRequest::getUrl)
                .containsExactly("/2/tweets/1003", "/2/tweets/1002", "/2/tweets/1001");
        WEIBO.verify(1, postRequestedFor(urlPathEqualTo("/2/statuses/destroy.json"))
                .withFormParam("id", equalTo("3504803612345678")));
    }

    @Test
    void aCorrectionRepliesToTheOriginalOnMastodonAndNamesItsDayOnWeibo() {
        MASTODON.stubFor(post("/api/v1/statuses").inScenario("two").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"id\":\"110001\",\"url\":\"https://mastodon.example/@mfa/110001\","
                        + "\"created_at\":\"2011-12-30T07:00:05.000Z\"}")).willSetStateTo("corrected"));
        MASTODON.stubFor(post("/api/v1/statuses").inScenario("two").whenScenarioStateIs("corrected")
                .willReturn(okJson("{\"id\":\"110002\",\"url\":\"https://mastodon.example/@mfa/110002\"}")));
        WEIBO.stubFor(post("/2/statuses/share.json").willReturn(okJson(
                "{\"id\":3504803612345678,\"idstr\":\"3504803612345678\",\"created_at\":\"Fri Dec 30 15:00:05 +0800 2011\"}")));
        Post original = approvedPost(List.of("mastodon-mfa", "weibo-mfa"), "答：中方歡迎各方恢復對話。");
        dispatcher.dispatchDue();

        Post correction = workflow.correct(original.id(), new Correction("editor-li", null,
                "對話將於2012年1月舉行，特此更正。", null));
        workflow.submit(correction.id(), "editor-li", null);
        workflow.approve(correction.id(), "approver-wang", null);
        dispatcher.dispatchDue();

        assertThat(workflow.get(correction.id()).targets()).extracting(PublishTarget::state)
                .containsOnly(TargetState.PUBLISHED);
        LoggedRequest reply = MASTODON.findAll(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))).getLast();
        assertThat(form(reply, "in_reply_to_id")).isEqualTo("110001");
        assertThat(form(reply, "status")).startsWith("【更正】本帳號2011年12月30日發布的《發言人答記者問》有誤");
        LoggedRequest weibo = WEIBO.findAll(postRequestedFor(urlPathEqualTo("/2/statuses/share.json"))).getLast();
        assertThat(form(weibo, "status")).startsWith("【更正】本帳號2011年12月30日發布的《發言人答記者問》有誤")
                .contains("對話將於2012年1月舉行");
    }

    private Post approvedPost(List<String> channels, String body) {
        List<NewPost.Target> targets = channels.stream()
                .map(channel -> new NewPost.Target(channel, Instant.now())).toList();
        Post draft = workflow.create(new NewPost(ContentKind.SPOKESPERSON_ANSWER, "發言人答記者問",
                body, ContentLanguage.ZH_HANT, PostSource.NONE,
                URI.create("https://www.fmprc.gov.cn/web/fyrbt_673021/t892010.shtml"), "editor-li",
                Instant.now(), targets));
        workflow.submit(draft.id(), "editor-li", null);
        return workflow.approve(draft.id(), "approver-wang", null);
    }

    private static String form(LoggedRequest request, String name) {
        for (String pair : request.getBodyAsString().split("&")) {
            String[] nameValue = pair.split("=", 2);
            if (URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(nameValue.length > 1 ? nameValue[1] : "", StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }
}

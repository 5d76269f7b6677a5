package org.pressdesk.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.mastodon.MastodonConnectorType;
import org.pressdesk.connector.weibo.WeiboConnectorType;
import org.pressdesk.connector.x.XConnectorType;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.template.store.DefaultTemplates;
import org.pressdesk.template.store.InMemoryTemplateOverrides;

/**
 * The shipped templates against the real Weibo, X and Mastodon connectors (built offline, never asked to
 * publish): every variant fits as the channel itself counts, and the channel accepts it.
 */
class RealMicroblogConnectorsTest {

    private static final List<ChannelAccount> ACCOUNTS = List.of(
            new ChannelAccount("weibo-mfa", WeiboConnectorType.ID, "「外交小靈通」新浪微博",
                    Map.of("safe-domain", "www.fmprc.gov.cn", "rip", "211.156.0.1"), Map.of("access-token", "t")),
            new ChannelAccount("x-mfa", XConnectorType.ID, "@MFA_China", Map.of(), Map.of("consumer-key", "k",
                    "consumer-secret", "s", "access-token", "t", "access-token-secret", "s")),
            new ChannelAccount("mastodon-mfa", MastodonConnectorType.ID, "Mastodon",
                    Map.of("base-url", "https://mastodon.example", "max-characters", "200"), Map.of("access-token", "t")));

    private static final Clock CLOCK = Clock.systemUTC();

    private final ThymeleafPostRenderer renderer = new ThymeleafPostRenderer(
            new TemplateLibrary(new DefaultTemplates(), new InMemoryTemplateOverrides(CLOCK)),
            ChannelProfiles.fromAccounts(ACCOUNTS), ZoneId.of("Asia/Shanghai"));

    static Stream<Arguments> variants() {
        List<Connector> connectors = List.of(
                new WeiboConnectorType(CLOCK).create(ACCOUNTS.get(0)),
                new XConnectorType(CLOCK).create(ACCOUNTS.get(1)),
                new MastodonConnectorType(CLOCK).create(ACCOUNTS.get(2)));
        return connectors.stream().flatMap(connector -> Stream.of(ContentLanguage.values()).flatMap(language ->
                Stream.of(Arguments.of(connector, Drafts.spokespersonAnswer(language)),
                        Arguments.of(connector, Drafts.briefingSummary(language)))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void everyVariantFitsAsTheChannelCountsAndIsAccepted(Connector connector, PostDraft draft) {
        RenderedContent rendered = renderer.render(draft, connector);

        assertThat(rendered.violations()).isEmpty();
        List<String> parts = rendered.content().parts();
        for (int i = 0; i < parts.size(); i++) {
            assertThat(rendered.lengths().get(i)).isEqualTo(connector.length(parts.get(i)))
                    .isLessThanOrEqualTo(connector.capabilities().maxLength());
        }
        if (connector.capabilities().threads()) {
            assertThat(rendered.truncated()).isFalse();
        } else {
            assertThat(parts).hasSize(1);
        }
        assertThat(parts.getLast()).contains(draft.link().toString());
    }
}

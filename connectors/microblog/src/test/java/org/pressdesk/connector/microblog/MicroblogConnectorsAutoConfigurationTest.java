package org.pressdesk.connector.microblog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.ConnectorType;
import org.pressdesk.connector.mastodon.MastodonConnectorType;
import org.pressdesk.connector.weibo.WeiboConnectorType;
import org.pressdesk.connector.x.XConnectorType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MicroblogConnectorsAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MicroblogConnectorsAutoConfiguration.class));

    @Test
    void registersTheMicroblogTypesUnderTheirIds() {
        context.run(started -> assertThat(started.getBeansOfType(ConnectorType.class).values())
                .extracting(ConnectorType::id)
                .containsExactlyInAnyOrder("x", "weibo", "mastodon"));
    }

    @Test
    void anApplicationsOwnBeanReplacesTheBuiltInOne() {
        XConnectorType own = new XConnectorType(Clock.systemUTC());
        context.withBean(XConnectorType.class, () -> own)
                .run(started -> assertThat(started.getBean(XConnectorType.class)).isSameAs(own));
    }

    @Test
    void theRegisteredTypesBuildConnectorsFromAccounts() {
        Instant fixed = Instant.parse("2011-12-30T07:00:00Z");
        context.withBean(Clock.class, () -> Clock.fixed(fixed, ZoneOffset.UTC)).run(started -> {
            assertThat(started).hasSingleBean(WeiboConnectorType.class).hasSingleBean(MastodonConnectorType.class);
            Connector mastodon = started.getBean(MastodonConnectorType.class).create(new ChannelAccount("m", "mastodon",
                    null, Map.of("base-url", "https://mastodon.example", "max-characters", "500"),
                    Map.of("access-token", "t")));
            assertThat(mastodon.capabilities().idempotentPublish()).isTrue();
        });
    }
}

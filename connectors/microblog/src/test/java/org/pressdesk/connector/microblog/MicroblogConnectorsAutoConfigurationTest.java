package org.pressdesk.connector.microblog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.ConnectorType;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.ThreadJournal;
import org.pressdesk.connector.ThreadJournal.PublishedPart;
import org.pressdesk.connector.http.TestServers;
import org.pressdesk.connector.mastodon.MastodonConnectorType;
import org.pressdesk.connector.weibo.WeiboConnectorType;
import org.pressdesk.connector.x.XConnectorType;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
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
    void theMastodonTypeJournalsThreadsInTheApplicationsJournal() {
        List<String> asked = new CopyOnWriteArrayList<>();
        ThreadJournal journal = new ThreadJournal() {
            @Override
            public List<PublishedPart> published(String channelId, String idempotencyKey) {
                asked.add(channelId + "/" + idempotencyKey);
                return List.of();
            }

            @Override
            public void record(String channelId, String idempotencyKey, PublishedPart part) {
            }

            @Override
            public void forget(String channelId, String idempotencyKey) {
            }
        };
        context.withBean(ThreadJournal.class, () -> journal).run(started -> {
            Connector mastodon = started.getBean(MastodonConnectorType.class).create(new ChannelAccount("m", "mastodon",
                    null, Map.of("base-url", TestServers.refusingBaseUrl(), "max-characters", "500"),
                    Map.of("access-token", "t")));
            ChannelContent thread = new ChannelContent(ContentKind.STATEMENT, ContentLanguage.EN, "t",
                    List.of("one", "two"), null, Instant.EPOCH, null);

            assertThatThrownBy(() -> mastodon.publish(thread, "key-1")).isInstanceOf(PublishException.Transient.class);
            assertThat(asked).containsExactly("m/key-1");
        });
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

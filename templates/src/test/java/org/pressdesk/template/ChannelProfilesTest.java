package org.pressdesk.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Clock;
import java.time.ZoneId;
import org.example.portal.PortalConnector;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.HashtagStyle;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.connector.Medium;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.template.store.DefaultTemplates;
import org.pressdesk.template.store.InMemoryTemplateOverrides;

class ChannelProfilesTest {

    @Test
    void withoutSettingsTheConnectorsHintsAndCapabilitiesDecide() {
        ChannelProfiles profiles = ChannelProfiles.fromConnectors();

        ChannelProfile weibo = profiles.profileOf(FakeChannel.weibo("w", 140));
        assertThat(weibo).isEqualTo(new ChannelProfile(Medium.MICROBLOG, Optional.empty(), HashtagStyle.NONE));
        assertThat(weibo.policyFor(FakeChannel.weibo("w", 140).capabilities())).isEqualTo(LengthPolicy.TRUNCATE_WITH_LINK);

        ChannelProfile x = profiles.profileOf(FakeChannel.x("x", 280));
        assertThat(x.hashtags()).isEqualTo(HashtagStyle.PREFIX);
        assertThat(x.policyFor(FakeChannel.x("x", 280).capabilities())).isEqualTo(LengthPolicy.THREAD);

        ChannelProfile radio = profiles.profileOf(FakeChannel.radio("r", 300));
        assertThat(radio.medium()).isEqualTo(Medium.READ_ALOUD);
        assertThat(radio.policyFor(FakeChannel.radio("r", 300).capabilities())).isEqualTo(LengthPolicy.REPORT);

        assertThat(profiles.profileOf(FakeChannel.unlimited("o")).policyFor(FakeChannel.unlimited("o").capabilities()))
                .isEqualTo(LengthPolicy.REPORT);
    }

    @Test
    void accountSettingsChooseMediumPolicyAndHashtags() {
        ChannelProfiles profiles = ChannelProfiles.fromAccounts(List.of(
                new ChannelAccount("portal", "outbox", null, Map.of("template-medium", "web"), Map.of()),
                new ChannelAccount("x", "x", null, Map.of("length-policy", "truncate", "hashtag-style", "paired"), Map.of()),
                new ChannelAccount("mastodon", "mastodon", null, Map.of("length-policy", "auto"), Map.of()),
                new ChannelAccount("radio", "radio-script", null, Map.of(), Map.of()),
                new ChannelAccount("weibo", "weibo", null, Map.of(), Map.of()),
                new ChannelAccount("weibo-topics", "weibo", null, Map.of("hashtag-style", "paired"), Map.of())));

        assertThat(profiles.profileOf(FakeChannel.unlimited("portal")).medium()).isEqualTo(Medium.WEB);
        assertThat(profiles.profileOf(FakeChannel.x("x", 280)))
                .isEqualTo(new ChannelProfile(Medium.MICROBLOG, Optional.of(LengthPolicy.TRUNCATE_WITH_LINK),
                        HashtagStyle.PAIRED));
        assertThat(profiles.profileOf(FakeChannel.mastodon("mastodon", 500)).forcedPolicy()).isEmpty();
        assertThat(profiles.profileOf(FakeChannel.radio("radio", 300)).medium()).isEqualTo(Medium.READ_ALOUD);
        assertThat(profiles.profileOf(FakeChannel.weibo("weibo", 140)).hashtags()).isEqualTo(HashtagStyle.NONE);
        assertThat(profiles.profileOf(FakeChannel.weibo("weibo-topics", 140)).hashtags()).isEqualTo(HashtagStyle.PAIRED);
        assertThat(profiles.profileOf(FakeChannel.weibo("not-configured", 140)).hashtags()).isEqualTo(HashtagStyle.NONE);
        // The hints are the connector's, not the type id's: a type called radio-script that asks for nothing gets microblog.
        assertThat(profiles.profileOf(FakeChannel.unlimited("radio")).medium()).isEqualTo(Medium.MICROBLOG);
    }

    @Test
    void aConnectorFromAnotherJarSaysItsMediumAndHashtagStyle() {
        ChannelAccount account = new ChannelAccount("mission-site", PortalConnector.TYPE, null, Map.of(), Map.of());
        PortalConnector portal = new PortalConnector("mission-site");
        ThymeleafPostRenderer renderer = new ThymeleafPostRenderer(
                new TemplateLibrary(new DefaultTemplates(), new InMemoryTemplateOverrides(Clock.systemUTC())),
                ChannelProfiles.fromAccounts(List.of(account)), ZoneId.of("Asia/Shanghai"));

        assertThat(ChannelProfiles.fromAccounts(List.of(account)).profileOf(portal))
                .isEqualTo(new ChannelProfile(Medium.WEB, Optional.empty(), HashtagStyle.PAIRED));
        RenderedContent rendered = renderer.render(Drafts.spokespersonAnswer(ContentLanguage.ZH_HANT), portal);
        assertThat(rendered.template().key().medium()).isEqualTo(Medium.WEB);
        assertThat(rendered.content().parts().getFirst()).startsWith("<article class=\"pressdesk-post spokesperson-answer\"");
    }

    @Test
    void anUnknownSettingValueStopsStartUp() {
        assertThatThrownBy(() -> ChannelProfiles.fromAccounts(List.of(
                new ChannelAccount("x", "x", null, Map.of("length-policy", "shorten"), Map.of()))))
                .isInstanceOf(InvalidChannelConfigurationException.class)
                .hasMessage("Channel 'x': setting 'length-policy' must be one of [auto, thread, truncate-with-link, report], "
                        + "was 'shorten'");
        assertThatThrownBy(() -> ChannelProfiles.fromAccounts(List.of(
                new ChannelAccount("p", "outbox", null, Map.of("template-medium", "fax"), Map.of()))))
                .hasMessageContaining("'template-medium' must be one of [microblog, read-aloud, web, print]");
    }

    @Test
    void hashtagStylesWriteTopics() {
        assertThat(HashtagStyle.PAIRED.format("外交小靈通")).isEqualTo("#外交小靈通#");
        assertThat(HashtagStyle.PREFIX.format("#MFA Press Conference")).isEqualTo("#MFAPressConference");
        assertThat(HashtagStyle.PREFIX.format(" ")).isEmpty();
        assertThat(HashtagStyle.NONE.format("外交小靈通")).isEmpty();
    }
}

package org.pressdesk.template;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.Violation;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.template.store.DefaultTemplates;
import org.pressdesk.template.store.InMemoryTemplateOverrides;
import org.pressdesk.testing.GoldenFiles;

/**
 * The shipped templates, rendered for each kind of channel the office runs, in all three languages.
 * Each golden file shows the template used, what the renderer did about length, and every part with its
 * length as the channel counts it.
 */
class TemplateGoldenTest {

    private static final List<ChannelAccount> ACCOUNTS = List.of(
            account("weibo", "weibo", Map.of()),
            account("x", "x", Map.of()),
            account("radio", "radio-script", Map.of()),
            account("web", "outbox", Map.of(ChannelProfiles.MEDIUM_SETTING, "web")),
            account("print", "outbox", Map.of(ChannelProfiles.MEDIUM_SETTING, "print")));

    private static final Map<String, Connector> CHANNELS = Map.of(
            "weibo", FakeChannel.weibo("weibo", 140),
            "x", FakeChannel.x("x", 280),
            "radio", FakeChannel.radio("radio", 300),
            "web", FakeChannel.unlimited("web"),
            "print", FakeChannel.unlimited("print"));

    private final ThymeleafPostRenderer renderer = new ThymeleafPostRenderer(
            new TemplateLibrary(new DefaultTemplates(), new InMemoryTemplateOverrides(java.time.Clock.systemUTC())),
            ChannelProfiles.fromAccounts(ACCOUNTS), ZoneId.of("Asia/Shanghai"));

    static Stream<Arguments> variants() {
        return Stream.of("weibo", "x", "radio", "web", "print").flatMap(channel ->
                Stream.of(ContentLanguage.values()).flatMap(language -> Stream.of(
                        Arguments.of(channel, "spokesperson-answer", Drafts.spokespersonAnswer(language)),
                        Arguments.of(channel, "briefing-summary", Drafts.briefingSummary(language)),
                        Arguments.of(channel, "correction", Drafts.correction(language)))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("variants")
    void rendersAsTheGoldenFileShows(String channel, String kind, PostDraft draft) throws Exception {
        RenderedContent rendered = renderer.render(draft, CHANNELS.get(channel));

        GoldenFiles.assertMatches(channel + "/" + kind + "." + draft.language().tag() + ".txt", describe(rendered));
    }

    static String describe(RenderedContent rendered) {
        StringBuilder out = new StringBuilder()
                .append("template: ").append(rendered.template().key()).append(" (")
                .append(rendered.template().origin().name().toLowerCase()).append(")\n")
                .append("policy: ").append(rendered.policy().setting())
                .append(rendered.truncated() ? ", truncated" : "")
                .append(rendered.isThread() ? ", thread" : "").append('\n')
                .append("violations: ").append(rendered.violations().isEmpty() ? "none"
                        : String.join("; ", rendered.violations().stream().map(Violation::code).toList())).append('\n');
        List<String> parts = rendered.content().parts();
        for (int i = 0; i < parts.size(); i++) {
            out.append("--- part ").append(i + 1).append('/').append(parts.size())
                    .append(", length ").append(rendered.lengths().get(i)).append(" ---\n")
                    .append(parts.get(i)).append('\n');
        }
        return out.toString();
    }

    private static ChannelAccount account(String id, String type, Map<String, String> settings) {
        return new ChannelAccount(id, type, id, settings, Map.of());
    }
}

package org.pressdesk.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.LengthRules;
import org.pressdesk.connector.Medium;
import org.pressdesk.connector.Violation;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.template.store.DefaultTemplates;
import org.pressdesk.template.store.InMemoryTemplateOverrides;

class ThymeleafPostRendererTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final InMemoryTemplateOverrides overrides = new InMemoryTemplateOverrides(Clock.systemUTC());
    private final TemplateLibrary library = new TemplateLibrary(new DefaultTemplates(), overrides);

    private ThymeleafPostRenderer renderer(ChannelAccount... accounts) {
        return new ThymeleafPostRenderer(library, ChannelProfiles.fromAccounts(List.of(accounts)), BEIJING);
    }

    private static ChannelAccount account(String id, String type, Map<String, String> settings) {
        return new ChannelAccount(id, type, id, settings, Map.of());
    }

    private static PostDraft answer(String answer) {
        return Drafts.spokespersonAnswer(ContentLanguage.ZH_HANT).withFields(Map.of("question", "中方對此有何評論？",
                "answer", answer));
    }

    @Test
    void measuresAndValidatesAsTheChannelCounts() {
        Connector weibo = FakeChannel.weibo("weibo", 140);

        RenderedContent rendered = renderer().render(answer("中方歡迎對話。"), weibo);

        String text = rendered.content().parts().getFirst();
        assertThat(rendered.lengths()).containsExactly(FakeChannel.weiboLength(text));
        assertThat(rendered.lengths().getFirst()).isLessThan(LengthRules.codePoints(text));
        assertThat(rendered.violations()).isEmpty();
        assertThat(rendered.publishable()).isTrue();
        assertThat(rendered.truncated()).isFalse();
        assertThat(rendered.isThread()).isFalse();
        assertThat(rendered.channelId()).isEqualTo("weibo");
    }

    @Test
    void aCorrectionNamesThePostItCorrectsAndTheDayThatWentOutInEachLanguage() {
        assertThat(renderer().render(Drafts.correction(ContentLanguage.ZH_HANS), FakeChannel.unlimited("outbox"))
                .content().parts().getFirst())
                .startsWith("【更正】本账号2011年12月30日发布的《外交部发言人洪磊就伊朗与六国对话等答记者问》有误，现更正如下：\n")
                .contains("对话日期应为2012年1月");
        assertThat(renderer().render(Drafts.correction(ContentLanguage.ZH_HANT), FakeChannel.unlimited("outbox"))
                .content().parts().getFirst())
                .startsWith("【更正】本帳號2011年12月30日發布的《外交部發言人洪磊就伊朗與六國對話等答記者問》有誤，現更正如下：\n");
        assertThat(renderer().render(Drafts.correction(ContentLanguage.EN), FakeChannel.unlimited("outbox"))
                .content().parts().getFirst())
                .startsWith("CORRECTION to our post of 30 December 2011, \"Foreign Ministry Spokesperson Hong Lei's Regular"
                        + " Press Conference on December 30, 2011\":\n");
    }

    @Test
    void aCorrectionOfAPostWhoseDayIsUnknownSaysEarlier() {
        PostDraft correction = Drafts.correction(ContentLanguage.ZH_HANS)
                .withFields(Map.of("corrects-title", "外交部发言人答记者问"));

        assertThat(firstPart(correction)).startsWith("【更正】本账号此前发布的《外交部发言人答记者问》有误");
    }

    @Test
    void readsQuestionAndAnswerFromTheTranscriptAndTheSpokespersonFromItsField() {
        RenderedContent rendered = renderer().render(Drafts.spokespersonAnswer(ContentLanguage.ZH_HANT),
                FakeChannel.unlimited("outbox"));

        assertThat(rendered.content().parts().getFirst())
                .startsWith("【外交部發言人答記者問】2011年12月30日，外交部發言人洪磊主持例行記者會。\n問：據報道，")
                .contains("\n答：中方一貫主張")
                .endsWith("#外交部發言人答記者問 詳情：" + Drafts.ANSWER_LINK);
    }

    @Test
    void takesTheSpokespersonFromTheFieldsNeverFromTheTitle() {
        PostDraft english = new PostDraft(ContentKind.SPOKESPERSON_ANSWER, ContentLanguage.EN,
                "Spokesperson Hong Lei Answers at the regular press conference",
                "Q: When will the talks take place?\nA: China welcomes an early resumption of dialogue.", null,
                Drafts.SCHEDULED_AT, null);
        PostDraft chinese = new PostDraft(ContentKind.SPOKESPERSON_ANSWER, ContentLanguage.ZH_HANT,
                "外交部發言人洪磊就伊朗與六國對話等答記者問", "問：對話何時舉行？\n答：中方歡迎早日恢復對話。", null,
                Drafts.SCHEDULED_AT, null);

        assertThat(firstPart(english)).doesNotContain("Hong Lei");
        assertThat(firstPart(chinese)).doesNotContain("洪磊");
        assertThat(firstPart(english.withFields(Map.of("spokesperson", "Hong Lei", "date", "2011-12-30"))))
                .contains("Spokesperson Hong Lei at the regular press conference").doesNotContain("Answers");
        assertThat(firstPart(chinese.withFields(Map.of("spokesperson", "洪磊", "date", "2011-12-30"))))
                .contains("外交部發言人洪磊主持例行記者會");
    }

    private String firstPart(PostDraft draft) {
        return renderer().render(draft, FakeChannel.unlimited("outbox")).content().parts().getFirst();
    }

    @Test
    void structuredFieldsWinOverWhatIsReadFromTheText() {
        PostDraft draft = Drafts.spokespersonAnswer(ContentLanguage.ZH_HANS).withFields(Map.of(
                "spokesperson", "姜瑜", "date", "2011-12-29", "hashtag", "外交小灵通"));

        String text = renderer(account("weibo", "weibo", Map.of("hashtag-style", "paired")))
                .render(draft, FakeChannel.unlimited("weibo")).content().parts().getFirst();

        assertThat(text).startsWith("【外交部发言人答记者问】2011年12月29日，外交部发言人姜瑜主持例行记者会。")
                .contains("#外交小灵通# 详情：");
    }

    @Test
    void aPostWithoutAConferenceDateSaysNothingAboutWhenTheConferenceWas() {
        // Published on the 30th, but nothing says when the question was asked: the scheduled day is no conference date.
        PostDraft undated = Drafts.spokespersonAnswer(ContentLanguage.ZH_HANT).withFields(Map.of());
        PostDraft briefing = Drafts.briefingSummary(ContentLanguage.EN)
                .withFields(Map.of("topics", "Iran", "spokesperson", "Hong Lei"));
        ThymeleafPostRenderer renderer = renderer(account("radio", "radio-script", Map.of()));

        String answer = renderer.render(undated, FakeChannel.radio("radio", 300)).content().parts().getFirst();
        String summary = renderer.render(briefing, FakeChannel.radio("radio", 300)).content().parts().getFirst();
        String post = renderer.render(undated, FakeChannel.unlimited("outbox")).content().parts().getFirst();

        assertThat(answer).startsWith("有記者問：據報道").doesNotContain("2011", "例行記者會上");
        assertThat(summary).startsWith("Foreign Ministry Spokesperson Hong Lei held the regular press conference and "
                + "answered questions on Iran.").doesNotContain("2011", "On ");
        assertThat(post).startsWith("【外交部發言人答記者問】\n問：據報道").doesNotContain("2011");
        assertThat(renderer.render(undated.withFields(Map.of("date", "2011-12-28")), FakeChannel.radio("radio", 300))
                .content().parts().getFirst()).startsWith("在2011年12月28日的外交部例行記者會上，有記者問：");
    }

    @Test
    void theDateIsTheScheduledDayInTheOfficesZone() {
        // 17:00 UTC on the 30th is already the 31st in Beijing.
        PostDraft late = new PostDraft(ContentKind.DIPLOMATIC_NEWS, ContentLanguage.EN, "News", "Text.", null,
                java.time.Instant.parse("2011-12-30T17:00:00Z"), null);
        library.save(TemplateKey.defaultFor(Medium.MICROBLOG, ContentLanguage.EN), "[(${date})] [(${isoDate})]", null);

        assertThat(renderer().render(late, FakeChannel.unlimited("o")).content().parts())
                .containsExactly("31 December 2011 2011-12-31");
    }

    @Test
    void threadsAnOverLongTextOnAChannelThatThreads() {
        Connector x = FakeChannel.x("x", 120);

        RenderedContent rendered = renderer().render(Drafts.spokespersonAnswer(ContentLanguage.ZH_HANT), x);

        assertThat(rendered.policy()).isEqualTo(LengthPolicy.THREAD);
        assertThat(rendered.isThread()).isTrue();
        assertThat(rendered.violations()).isEmpty();
        List<String> parts = rendered.content().parts();
        int count = parts.size();
        for (int i = 0; i < count; i++) {
            assertThat(parts.get(i)).endsWith(" (" + (i + 1) + "/" + count + ")");
            assertThat(FakeChannel.twitterLength(parts.get(i))).isLessThanOrEqualTo(120);
            assertThat(rendered.lengths().get(i)).isEqualTo(FakeChannel.twitterLength(parts.get(i)));
        }
        assertThat(parts.subList(0, count - 1)).allSatisfy(part ->
                assertThat(part.replaceAll(" \\(\\d+/\\d+\\)$", "")).matches("(?s).*[。！？]$"));
        assertThat(parts.getLast()).contains(Drafts.ANSWER_LINK.toString());
    }

    @Test
    void aTextExactlyAtTheLimitStaysOnePostAndOneMoreCharacterMakesAThread() {
        library.save(TemplateKey.defaultFor(Medium.MICROBLOG, ContentLanguage.ZH_HANT), "[(${body})]", null);
        Connector mastodon = FakeChannel.mastodon("mastodon", 20);
        PostDraft exactly20 = news("一二三四五六七八九十。一二三四五六七八。");
        PostDraft oneOver = news("一二三四五六七八九十。一二三四五六七八九。");

        RenderedContent fits = renderer().render(exactly20, mastodon);
        RenderedContent over = renderer().render(oneOver, mastodon);

        assertThat(fits.content().parts()).containsExactly("一二三四五六七八九十。一二三四五六七八。");
        assertThat(fits.lengths()).containsExactly(20);
        assertThat(over.content().parts()).containsExactly("一二三四五六七八九十。 (1/2)", "一二三四五六七八九。 (2/2)");
        assertThat(over.lengths()).containsExactly(17, 16);
    }

    @Test
    void truncatesWithTheLinkOnAChannelThatCannotThread() {
        Connector weibo = FakeChannel.weibo("weibo", 100);

        RenderedContent rendered = renderer(account("weibo", "weibo", Map.of()))
                .render(Drafts.spokespersonAnswer(ContentLanguage.ZH_HANT), weibo);

        assertThat(rendered.policy()).isEqualTo(LengthPolicy.TRUNCATE_WITH_LINK);
        assertThat(rendered.truncated()).isTrue();
        assertThat(rendered.violations()).isEmpty();
        String text = rendered.content().parts().getFirst();
        assertThat(FakeChannel.weiboLength(text)).isLessThanOrEqualTo(100);
        // The header, the whole question and the link stay; only the answer is shortened.
        assertThat(text).startsWith("【外交部發言人答記者問】").contains("問：據報道，伊朗與六國將於近期恢復對話。中方對此有何評論？")
                .contains("\n答：中方一貫主張").endsWith("……\n全文：" + Drafts.ANSWER_LINK).doesNotContain("#");
    }

    @Test
    void aCutTextWithoutALinkIsNotPublishable() {
        PostDraft withoutLink = new PostDraft(ContentKind.SPOKESPERSON_ANSWER, ContentLanguage.ZH_HANT, "答記者問",
                Drafts.spokespersonAnswer(ContentLanguage.ZH_HANT).body(), null, Drafts.SCHEDULED_AT, null);

        RenderedContent rendered = renderer().render(withoutLink, FakeChannel.weibo("weibo", 80));

        assertThat(rendered.truncated()).isTrue();
        assertThat(rendered.violations()).extracting(Violation::code).containsExactly(ThymeleafPostRenderer.MISSING_LINK);
        assertThat(rendered.publishable()).isFalse();
    }

    @Test
    void aChannelSettingForcesTruncationOnAChannelThatCouldThread() {
        ThymeleafPostRenderer renderer = renderer(account("x", "x", Map.of("length-policy", "truncate-with-link")));

        RenderedContent rendered = renderer.render(Drafts.spokespersonAnswer(ContentLanguage.EN), FakeChannel.x("x", 280));

        assertThat(rendered.policy()).isEqualTo(LengthPolicy.TRUNCATE_WITH_LINK);
        assertThat(rendered.content().parts()).singleElement()
                .satisfies(text -> assertThat(FakeChannel.twitterLength(text)).isLessThanOrEqualTo(280))
                .satisfies(text -> assertThat(text).endsWith("#MFAPressConference Full text: " + Drafts.ANSWER_LINK));
    }

    @Test
    void forcingAThreadOnAChannelThatCannotThreadIsReportedByTheChannel() {
        ThymeleafPostRenderer renderer = renderer(account("weibo", "weibo", Map.of("length-policy", "thread")));

        RenderedContent rendered = renderer.render(Drafts.spokespersonAnswer(ContentLanguage.ZH_HANT),
                FakeChannel.weibo("weibo", 100));

        assertThat(rendered.isThread()).isTrue();
        assertThat(rendered.violations()).extracting(Violation::code).containsExactly("no-threads");
    }

    @Test
    void aRadioItemTooLongForTheSlotIsReportedNotCut() {
        PostDraft long_ = news("中方歡迎各方恢復對話。".repeat(60));

        RenderedContent rendered = renderer().render(long_, FakeChannel.radio("radio", 60));

        assertThat(rendered.policy()).isEqualTo(LengthPolicy.REPORT);
        assertThat(rendered.truncated()).isFalse();
        assertThat(rendered.isThread()).isFalse();
        assertThat(rendered.template().key().medium()).isEqualTo(Medium.READ_ALOUD);
        assertThat(rendered.violations()).extracting(Violation::code).containsExactly(Violation.TOO_LONG);
        assertThat(rendered.lengths().getFirst()).isGreaterThan(60);
    }

    @Test
    void htmlTemplatesEscapeWhatTheAuthorTyped() {
        PostDraft draft = news("<script>alert('x')</script> & 中方歡迎。");
        Connector portal = FakeChannel.unlimited("portal");

        String html = renderer(account("portal", "outbox", Map.of("template-medium", "web")))
                .render(draft, portal).content().parts().getFirst();

        assertThat(html).contains("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 中方歡迎。</p>")
                .doesNotContain("<script>");
    }

    @Test
    void aTemplateThatFailsOnAPostGivesAViolationInsteadOfAnError() {
        // Stored without the library's check, as an old or hand-edited database row could be.
        overrides.save(TemplateKey.of(Medium.MICROBLOG, ContentKind.DIPLOMATIC_NEWS, ContentLanguage.ZH_HANT),
                "[(${fields.get('tag').length()})]", null);

        RenderedContent rendered = renderer().render(news("中方歡迎。"), FakeChannel.weibo("weibo", 140));

        assertThat(rendered.violations()).extracting(Violation::code).containsExactly(ThymeleafPostRenderer.TEMPLATE_ERROR);
        assertThat(rendered.violations().getFirst().message())
                .contains("microblog/diplomatic-news/zh-Hant, line 1", "fields.get('tag').length()");
        assertThat(rendered.content().parts()).containsExactly("外交動態\n\n中方歡迎。");
        assertThat(rendered.publishable()).isFalse();
    }

    @Test
    void writesHashtagsTheWayEachChannelDoes() {
        PostDraft draft = Drafts.briefingSummary(ContentLanguage.ZH_HANS);
        ThymeleafPostRenderer renderer = renderer(account("weibo", "weibo", Map.of()),
                account("weibo-topics", "weibo", Map.of("hashtag-style", "paired")),
                account("mastodon", "mastodon", Map.of()));

        assertThat(renderer.render(draft, FakeChannel.unlimited("mastodon")).content().parts().getFirst())
                .contains("\n#外交部例行记者会 实录：");
        assertThat(renderer.render(draft, FakeChannel.weibo("weibo-topics", 2000)).content().parts().getFirst())
                .contains("\n#外交部例行记者会# 实录：");
        // Weibo's share API refuses #topic# tags, so its connector asks for none: the tag is left out, and so is
        // the space before the link.
        assertThat(renderer.render(draft, FakeChannel.weibo("weibo", 2000)).content().parts().getFirst())
                .contains("\n实录：").doesNotContain("#");
    }

    private static PostDraft news(String body) {
        return new PostDraft(ContentKind.DIPLOMATIC_NEWS, ContentLanguage.ZH_HANT, "外交動態", body, Drafts.ANSWER_LINK,
                Drafts.SCHEDULED_AT, null);
    }
}

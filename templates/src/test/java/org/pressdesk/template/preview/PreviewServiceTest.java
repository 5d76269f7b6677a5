package org.pressdesk.template.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.template.ChannelProfiles;
import org.pressdesk.template.Drafts;
import org.pressdesk.template.FakeChannel;
import org.pressdesk.template.InvalidTemplateException;
import org.pressdesk.template.Medium;
import org.pressdesk.template.PostDraft;
import org.pressdesk.template.RenderedContent;
import org.pressdesk.template.TemplateKey;
import org.pressdesk.template.TemplateLibrary;
import org.pressdesk.template.TemplateRef;
import org.pressdesk.template.ThymeleafPostRenderer;
import org.pressdesk.template.store.DefaultTemplates;
import org.pressdesk.template.store.InMemoryTemplateOverrides;

class PreviewServiceTest {

    private final InMemoryTemplateOverrides overrides = new InMemoryTemplateOverrides(Clock.systemUTC());
    private final TemplateLibrary library = new TemplateLibrary(new DefaultTemplates(), overrides);
    private final PreviewService previews = new PreviewService(new ThymeleafPostRenderer(library,
            ChannelProfiles.fromAccounts(List.of(
                    new ChannelAccount("weibo", "weibo", "「外交小靈通」新浪微博", Map.of(), Map.of()),
                    new ChannelAccount("portal", "outbox", "門戶網站", Map.of("template-medium", "web"), Map.of()))),
            ZoneId.of("Asia/Shanghai")));

    private final List<Connector> targets = List.of(FakeChannel.weibo("weibo", 140), FakeChannel.x("x", 280),
            FakeChannel.radio("radio", 300), FakeChannel.unlimited("portal"));

    @Test
    void rendersEveryTargetsVariantWithLengthsAndViolations() {
        PostPreview preview = previews.preview(Drafts.spokespersonAnswer(ContentLanguage.ZH_HANT), targets);

        assertThat(preview.variants()).extracting(RenderedContent::channelId).containsExactly("weibo", "x", "radio", "portal");
        assertThat(preview.variantFor("weibo").truncated()).isTrue();
        assertThat(preview.variantFor("x").isThread()).isTrue();
        assertThat(preview.variantFor("radio").template().key().medium()).isEqualTo(Medium.READ_ALOUD);
        assertThat(preview.variantFor("portal").content().parts().getFirst()).startsWith("<article");
        assertThat(preview.variants()).allSatisfy(variant ->
                assertThat(variant.lengths()).hasSameSizeAs(variant.content().parts()));
        assertThat(preview.publishable()).isTrue();
    }

    @Test
    void reportsAVariantThatCannotBePublished() {
        PostDraft answer = Drafts.spokespersonAnswer(ContentLanguage.ZH_HANT);
        PostDraft withoutLink = new PostDraft(answer.kind(), answer.language(), answer.title(), answer.body(), null,
                answer.scheduledAt(), answer.sourceReference(), answer.fields());

        PostPreview preview = previews.preview(withoutLink, targets);

        assertThat(preview.publishable()).isFalse();
        assertThat(preview.variantFor("weibo").publishable()).isFalse();
        assertThat(preview.variantFor("x").publishable()).isTrue();
    }

    @Test
    void previewsAnEditedTemplateWithoutSavingIt() {
        TemplateKey weiboAnswers = TemplateKey.of(Medium.MICROBLOG, ContentKind.SPOKESPERSON_ANSWER, ContentLanguage.ZH_HANT);

        PostPreview preview = previews.previewTemplate(weiboAnswers, "〔發言人[(${spokesperson})]〕[(${answer})]",
                Drafts.spokespersonAnswer(ContentLanguage.ZH_HANT), targets);

        RenderedContent weibo = preview.variantFor("weibo");
        assertThat(weibo.template()).isEqualTo(new TemplateRef(weiboAnswers, TemplateRef.Origin.DRAFT, 0));
        assertThat(weibo.content().parts().getFirst()).startsWith("〔發言人洪磊〕中方一貫主張");
        assertThat(preview.variantFor("portal").template().origin()).isEqualTo(TemplateRef.Origin.DEFAULT);
        assertThat(overrides.findAll()).isEmpty();
        assertThat(previews.preview(Drafts.spokespersonAnswer(ContentLanguage.ZH_HANT), targets).variantFor("weibo")
                .template().origin()).isEqualTo(TemplateRef.Origin.DEFAULT);
    }

    @Test
    void anEditedMediumDefaultAlsoRendersKindsWithoutTheirOwnTemplate() {
        TemplateKey microblogDefault = TemplateKey.defaultFor(Medium.MICROBLOG, ContentLanguage.ZH_HANT);
        PostDraft news = new PostDraft(ContentKind.DIPLOMATIC_NEWS, ContentLanguage.ZH_HANT, "外交動態", "楊潔篪會見來訪客人。",
                null, Drafts.SCHEDULED_AT, null);

        PostPreview preview = previews.previewTemplate(microblogDefault, "〔[(${title})]〕[(${body})]", news, targets);

        assertThat(preview.variantFor("x").content().parts()).containsExactly("〔外交動態〕楊潔篪會見來訪客人。");
    }

    @Test
    void refusesToPreviewATemplateThatDoesNotParse() {
        TemplateKey key = TemplateKey.of(Medium.MICROBLOG, ContentKind.SPOKESPERSON_ANSWER, ContentLanguage.EN);

        InvalidTemplateException refused = catchThrowableOfType(InvalidTemplateException.class,
                () -> previews.previewTemplate(key, "Q: [(${question})]\nA: [(${answer.})]",
                        Drafts.spokespersonAnswer(ContentLanguage.EN), targets));

        assertThat(refused.line()).isEqualTo(2);
        assertThat(refused.reason()).isEqualTo("Exception evaluating OGNL expression: \"answer.\": "
                + "Malformed OGNL expression: answer.: Encountered \"<EOF>\" at line 1, column 7.");
    }
}

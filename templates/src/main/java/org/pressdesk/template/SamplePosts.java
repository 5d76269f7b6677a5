package org.pressdesk.template;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;

/**
 * The posts a template is tried on before it is accepted: for each kind it may render, one with every field a
 * template may use and one with as little as a post can have, so a template that breaks on a missing question or link is caught
 * before it reaches a real post.
 */
final class SamplePosts {

    private static final Instant SCHEDULED_AT = Instant.parse("2011-12-30T07:00:00Z");
    private static final URI LINK = URI.create("https://www.fmprc.gov.cn/web/fyrbt_673021/t892010.shtml");

    private SamplePosts() {
    }

    /**
     * The samples for a template: of its kind, or of every kind for a medium's default, which renders every
     * kind without a template of its own.
     */
    static List<PostDraft> forKey(TemplateKey key) {
        List<ContentKind> kinds = key.isDefault() ? List.of(ContentKind.values()) : List.of(key.kind());
        ContentLanguage language = key.language();
        List<PostDraft> samples = new ArrayList<>();
        for (ContentKind kind : kinds) {
            samples.add(full(kind, language));
            samples.add(new PostDraft(kind, language, language.isChinese() ? "外交動態" : "Diplomatic news",
                    language.isChinese() ? "正文。" : "Text.", null, SCHEDULED_AT, null));
        }
        return samples;
    }

    private static PostDraft full(ContentKind kind, ContentLanguage language) {
        boolean chinese = language.isChinese();
        String title = chinese ? "外交部發言人洪磊就伊朗與六國對話等答記者問"
                : "Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on December 30, 2011";
        String body = chinese ? "問：請介紹中方對伊朗與六國對話的立場。\n答：中方一貫主張通過對話和談判解決伊朗核問題。"
                : "Q: What is China's position on the talks between Iran and the six countries?\n"
                  + "A: China always advocates resolving the Iranian nuclear issue through dialogue and negotiation.";
        return new PostDraft(kind, language, title, body, LINK, SCHEDULED_AT, "press-conference:2011-12-30#1",
                Map.of("spokesperson", chinese ? "洪磊" : "Hong Lei", "date", "2011-12-30",
                        "topics", chinese ? "伊朗核問題、朝鮮半島局勢" : "Iranian nuclear issue; Korean Peninsula",
                        "hashtag", chinese ? "外交部發言人答記者問" : "MFAPressConference"));
    }
}

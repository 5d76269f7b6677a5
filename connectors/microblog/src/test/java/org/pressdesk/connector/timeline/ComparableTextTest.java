package org.pressdesk.connector.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ComparableTextTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    @Test
    void aShortenedLinkComparesEqualToTheLinkSent() {
        assertThat(ComparableText.of("詳見 https://www.fmprc.gov.cn/web/t891234.shtml 全文", LINK))
                .isEqualTo(ComparableText.of("詳見 http://t.cn/zOXAaic 全文", LINK));
    }

    @Test
    void spacingLineBreaksAndInvisibleCharactersDoNotCount() {
        assertThat(ComparableText.of("第一行\n\n第二行\u200B \u3000", LINK)).isEqualTo(ComparableText.of("第一行 第二行", LINK));
    }

    @Test
    void unicodeIsComparedInItsComposedForm() {
        assertThat(ComparableText.of("cafe\u0301", LINK)).isEqualTo(ComparableText.of("caf\u00E9", LINK));
    }

    @Test
    void differentWordsStayDifferent() {
        assertThat(ComparableText.of("中方歡迎", LINK)).isNotEqualTo(ComparableText.of("中方反對", LINK));
        assertThat(ComparableText.of("見 https://a.example/", LINK)).isNotEqualTo(ComparableText.of("見", LINK));
    }

    @Test
    void htmlBecomesItsText() {
        assertThat(ComparableText.htmlToText("<p>A &amp; B<br />&lt;C&gt; &#39;d&#x27;</p><p>E&nbsp;F</p>"))
                .isEqualTo("A & B\n<C> 'd'\n\nE\u00A0F\n\n");
        assertThat(ComparableText.unescapeHtml("&amp;amp; &#99999999; &bogus;")).isEqualTo("&amp; &#99999999; &bogus;");
    }
}

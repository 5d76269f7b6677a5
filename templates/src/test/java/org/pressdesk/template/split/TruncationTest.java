package org.pressdesk.template.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.LengthRules;

class TruncationTest {

    private static Predicate<String> atMost(int codePoints) {
        return text -> LengthRules.codePoints(text) <= codePoints;
    }

    @Test
    void keepsTheLongestRunOfWholeSentencesThatFits() {
        String answer = "中方一貫主張通過對話解決問題。我們歡迎恢復對話。中方願發揮建設性作用。";

        assertThat(Truncation.shorten(answer, atMost(30), "……")).contains("中方一貫主張通過對話解決問題。我們歡迎恢復對話。");
        assertThat(Truncation.shorten(answer, atMost(23), "……")).contains("中方一貫主張通過對話解決問題。");
    }

    @Test
    void cutsAtAClauseWithAnEllipsisWhenNoWholeSentenceFits() {
        String answer = "我們歡迎伊朗與六國恢復對話，希望各方抓住機遇，展現靈活。";

        assertThat(Truncation.shorten(answer, atMost(16), "……")).contains("我們歡迎伊朗與六國恢復對話……");
    }

    @Test
    void cutsEnglishBetweenWordsNotInsideThem() {
        String answer = "China always maintains that the Iranian nuclear issue should be resolved peacefully.";

        assertThat(Truncation.shorten(answer, atMost(25), "…")).contains("China always maintains…");
    }

    @Test
    void cutsBetweenCharactersWhenOneWordIsTooLong() {
        assertThat(Truncation.shorten("一二三四五六七八九十", atMost(5), "……")).contains("一二三……");
    }

    @Test
    void givesUpWhenNotEvenOneCharacterFits() {
        assertThat(Truncation.shorten("一二三四五六七八九十", atMost(2), "……")).isEmpty();
    }

    @Test
    void judgesCandidatesWithTheCallersTest() {
        // The caller renders the post around the candidate; here a 10-character header and link surround it.
        String answer = "第一句話。第二句話。第三句話。";

        assertThat(Truncation.shorten(answer, candidate -> LengthRules.codePoints("頭" + candidate + "鏈接鏈接鏈接鏈接鏈") <= 20, "……"))
                .contains("第一句話。第二句話。");
    }
}

package org.pressdesk.template.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.LengthRules;

class ThreadSplitterTest {

    private static final ToIntFunction<String> CODE_POINTS = LengthRules::codePoints;

    @Test
    void leavesATextThatFitsExactlyAsOnePartWithoutNumbering() {
        String exactly20 = "一二三四五六七八九十。一二三四五六七八。";
        assertThat(CODE_POINTS.applyAsInt(exactly20)).isEqualTo(20);

        assertThat(ThreadSplitter.split(exactly20, 20, CODE_POINTS)).containsExactly(exactly20);
    }

    @Test
    void splitsATextOneOverTheLimitAtItsSentenceBoundary() {
        String oneOver = "一二三四五六七八九十。一二三四五六七八九。";

        List<String> parts = ThreadSplitter.split(oneOver, 20, CODE_POINTS);

        assertThat(parts).containsExactly("一二三四五六七八九十。 (1/2)", "一二三四五六七八九。 (2/2)");
    }

    @Test
    void neverPostsALabelSuchAsTheAnswersOnItsOwn() {
        String longAnswer = "中方一貫主張通過對話和談判和平解決伊朗核問題並歡迎伊朗與六國早日恢復對話希望各方相向而行"
                + "中方願繼續為此發揮建設性作用。";
        String text = "問：中方對此有何評論？\n答：" + longAnswer;

        List<String> parts = ThreadSplitter.split(text, 40, CODE_POINTS);

        assertThat(parts).noneMatch(part -> part.matches("答：\\s*\\(\\d+/\\d+\\)"));
        assertThat(parts.get(1)).startsWith("答：中方一貫主張");
        assertThat(String.join("", parts).replaceAll(" \\(\\d+/\\d+\\)", "")).isEqualTo(text.replace("\n", ""));
    }

    @Test
    void packsWholeSentencesIntoEachPartAndNumbersThem() {
        String text = "中方一貫主張通過對話和談判和平解決伊朗核問題。我們歡迎伊朗與六國恢復對話！希望各方相向而行？"
                + "中方願繼續為此發揮建設性作用。";

        List<String> parts = ThreadSplitter.split(text, 40, CODE_POINTS);

        assertThat(parts).containsExactly(
                "中方一貫主張通過對話和談判和平解決伊朗核問題。 (1/3)",
                "我們歡迎伊朗與六國恢復對話！希望各方相向而行？ (2/3)",
                "中方願繼續為此發揮建設性作用。 (3/3)");
        assertThat(parts).allSatisfy(part -> assertThat(CODE_POINTS.applyAsInt(part)).isLessThanOrEqualTo(40));
    }

    @Test
    void splitsEnglishAtSentenceEndsButNotInsideNumbersOrLinks() {
        String text = "Trade grew 3.5 percent in 2011. The full text is at https://www.fmprc.gov.cn/t892010.shtml today. "
                + "China will continue to play a constructive role.";

        List<String> parts = ThreadSplitter.split(text, 80, CODE_POINTS);

        assertThat(parts).containsExactly(
                "Trade grew 3.5 percent in 2011. (1/3)",
                "The full text is at https://www.fmprc.gov.cn/t892010.shtml today. (2/3)",
                "China will continue to play a constructive role. (3/3)");
    }

    @Test
    void cutsASentenceTooLongForOnePartAtItsClauses() {
        String sentence = "我們歡迎伊朗與六國恢復對話，希望各方抓住機遇，展現靈活，相向而行，爭取早日取得積極進展。";

        List<String> parts = ThreadSplitter.split(sentence, 20, CODE_POINTS);

        assertThat(parts).containsExactly("我們歡迎伊朗與六國恢復對話， (1/4)", "希望各方抓住機遇，展現靈活， (2/4)",
                "相向而行， (3/4)", "爭取早日取得積極進展。 (4/4)");
    }

    @Test
    void cutsAClauseTooLongForOnePartBetweenCharactersWithoutBreakingEmoji() {
        String clause = "😀".repeat(30);

        List<String> parts = ThreadSplitter.split(clause, 16, CODE_POINTS);

        assertThat(parts).hasSize(3).allSatisfy(part -> assertThat(CODE_POINTS.applyAsInt(part)).isLessThanOrEqualTo(16));
        assertThat(String.join("", parts.stream().map(part -> part.replaceAll(" \\(\\d/3\\)$", "")).toList()))
                .isEqualTo(clause);
    }

    @Test
    void measuresWithTheChannelsOwnCountingNumberingIncluded() {
        // Weibo-like: every two ASCII characters count one, so "(1/2)" costs less than it does in code points.
        ToIntFunction<String> halfAscii = text -> (int) (text.codePoints().filter(c -> c >= 0x80).count()
                + (text.codePoints().filter(c -> c < 0x80).count() + 1) / 2);
        String text = "一二三四五六七八九十一二三四五六七。一二三四五六七八九十一二三四五六七。";

        List<String> parts = ThreadSplitter.split(text, 21, halfAscii);

        assertThat(parts).hasSize(2).allSatisfy(part -> assertThat(halfAscii.applyAsInt(part)).isLessThanOrEqualTo(21));
        assertThat(parts).allSatisfy(part -> assertThat(CODE_POINTS.applyAsInt(part)).isGreaterThan(21));
    }

    @Test
    void widensTheBudgetForTwoDigitNumbering() {
        String text = "這是一句話。".repeat(25);

        List<String> parts = ThreadSplitter.split(text, 20, CODE_POINTS);

        assertThat(parts).hasSize(13).allSatisfy(part -> assertThat(CODE_POINTS.applyAsInt(part)).isLessThanOrEqualTo(20));
        assertThat(parts.getFirst()).isEqualTo("這是一句話。這是一句話。 (1/13)");
        assertThat(parts.getLast()).isEqualTo("這是一句話。 (13/13)");
    }

    @Test
    void refusesALimitThatCannotHoldACharacterAndItsNumbering() {
        assertThatThrownBy(() -> ThreadSplitter.split("一二三四五六七八九十", 6, CODE_POINTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot hold");
    }
}

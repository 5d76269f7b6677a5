package org.pressdesk.template.split;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void cutsAfterChineseSentenceEndsKeepingClosingQuotes() {
        assertThat(Sentences.split("中方表示：「歡迎對話。」我們希望各方相向而行！是嗎？好"))
                .containsExactly("中方表示：「歡迎對話。」", "我們希望各方相向而行！", "是嗎？", "好");
    }

    @Test
    void cutsAfterLatinSentenceEndsOnlyBeforeASpaceAChineseCharacterOrTheEnd() {
        assertThat(Sentences.split("Growth was 3.5 percent. See www.gov.cn/t1.shtml?x=1 now! Done? 好的。"))
                .containsExactly("Growth was 3.5 percent. ", "See www.gov.cn/t1.shtml?x=1 now! ", "Done? ",
                        "好的。");
        assertThat(Sentences.split("He said \"yes.\" Then left")).containsExactly("He said \"yes.\" ", "Then left");
    }

    @Test
    void cutsAtLineBreaksAndKeepsEveryCharacter() {
        String text = "【外交部發言人答記者問】\n問：有何評論？\n\n答：中方歡迎。  ";
        assertThat(Sentences.split(text)).containsExactly("【外交部發言人答記者問】\n", "問：有何評論？\n\n", "答：中方歡迎。  ");
        assertThat(String.join("", Sentences.split(text))).isEqualTo(text);
    }

    @Test
    void clausesCutAtCommasAndWords() {
        assertThat(Sentences.clauses("希望各方抓住機遇，展現靈活、相向而行")).containsExactly("希望各方抓住機遇，", "展現靈活、", "相向而行");
        assertThat(Sentences.clauses("seize the opportunity, show flexibility"))
                .containsExactly("seize ", "the ", "opportunity, ", "show ", "flexibility");
    }

    @Test
    void codePointsKeepSurrogatePairsWhole() {
        assertThat(Sentences.codePoints("好😀a")).containsExactly("好", "😀", "a");
    }

    @Test
    void tellsWhetherATextEndsASentence() {
        assertThat(Sentences.endsSentence("中方歡迎。」 ")).isTrue();
        assertThat(Sentences.endsSentence("It ended.")).isTrue();
        assertThat(Sentences.endsSentence("希望各方，")).isFalse();
        assertThat(Sentences.endsSentence("")).isFalse();
    }
}

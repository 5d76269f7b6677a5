package org.pressdesk.dailyrun.transcript;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pressdesk.content.ContentLanguage;

/** The variations real transcripts show: spacing, punctuation, markers run together, trailing lines. */
class TranscriptParsingTest {

    private final TranscriptReader reader = new TranscriptReader();

    private Transcript text(String text) {
        return reader.read("variation.txt", text.getBytes(UTF_8));
    }

    @Test
    void asciiAndFullWidthColonsAndSpacesAroundMarkersAllMarkPairs() {
        Transcript transcript = text("""
                2012年3月27日外交部發言人洪磊主持例行記者會
                問 ： 第一個問題？
                答:第一個回答。
                　　問：第二個問題？
                　　答 :第二個回答。
                """);

        assertThat(transcript.answers()).extracting(QuestionAndAnswer::question).containsExactly("第一個問題？", "第二個問題？");
        assertThat(transcript.answers()).extracting(QuestionAndAnswer::answer).containsExactly("第一個回答。", "第二個回答。");
    }

    @Test
    void aMarkerInsideASentenceDoesNotStartANewPart() {
        Transcript transcript = text("""
                2012年3月27日外交部发言人洪磊主持例行记者会
                问：他在采访中如何回答：这个问题？
                答：他回答：中方立场没有变化。Plan A: stays.
                """);

        assertThat(transcript.answers()).singleElement().satisfies(pair -> {
            assertThat(pair.question()).isEqualTo("他在采访中如何回答：这个问题？");
            assertThat(pair.answer()).isEqualTo("他回答：中方立场没有变化。Plan A: stays.");
        });
    }

    @Test
    void englishDateLineInDayMonthOrderAndFullWidthQMarkers() {
        Transcript transcript = text("""
                Foreign Ministry Spokesperson Liu Weimin's Regular Press Conference on 8 November 2011
                Ｑ：Any comment?
                Ａ：None.
                """);

        assertThat(transcript.date()).isEqualTo(LocalDate.of(2011, 11, 8));
        assertThat(transcript.spokesperson()).isEqualTo("Liu Weimin");
        assertThat(transcript.language()).isEqualTo(ContentLanguage.EN);
        assertThat(transcript.answers()).singleElement().extracting(QuestionAndAnswer::answer).isEqualTo("None.");
    }

    @Test
    void aQuestionWithoutAnswerAndAnAnswerWithoutQuestionAreUnparsedWithReasons() {
        Transcript transcript = text("""
                2012年3月27日外交部發言人洪磊主持例行記者會
                答：沒有問題的回答。
                問：沒有回答的問題？
                問：第三個問題？
                答：第三個回答。
                """);

        assertThat(transcript.answers()).singleElement().satisfies(pair -> {
            assertThat(pair.number()).isEqualTo(1);
            assertThat(pair.question()).isEqualTo("第三個問題？");
        });
        assertThat(transcript.unparsed()).extracting(UnparsedPart::reason)
                .containsExactly("an answer with no question before it", "a question with no answer");
        assertThat(transcript.unparsed()).extracting(UnparsedPart::text)
                .containsExactly("答：沒有問題的回答。", "問：沒有回答的問題？");
    }

    @Test
    void anEmptyAnswerIsUnparsed() {
        Transcript transcript = text("""
                2012年3月27日外交部發言人洪磊主持例行記者會
                問：有答案嗎？
                答：
                """);

        assertThat(transcript.answers()).isEmpty();
        assertThat(transcript.unparsed()).extracting(UnparsedPart::reason).containsExactly("an empty answer");
    }

    @Test
    void aClosingLineAndEditorsLineAreNotPartOfTheLastAnswer() {
        Transcript transcript = text("""
                2012年3月27日外交部發言人洪磊主持例行記者會
                問：最後一個問題？
                答：最後一個回答。
                （完）
                責任編輯：張三
                """);

        assertThat(transcript.answers()).singleElement().extracting(QuestionAndAnswer::answer).isEqualTo("最後一個回答。");
        assertThat(transcript.unparsed()).isEmpty();
    }

    @Test
    void aRemarkAfterTheSessionWithoutTheSpokespersonsWordsIsUnparsed() {
        Transcript transcript = text("""
                Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on March 27, 2012
                Q: One?
                A: Yes.
                After the press conference, journalists were handed a statement on the visit.
                """);

        assertThat(transcript.answers()).hasSize(1);
        assertThat(transcript.answers().getFirst().answer()).isEqualTo("Yes.");
        assertThat(transcript.unparsed()).extracting(UnparsedPart::reason)
                .containsExactly("a remark after the session without the spokesperson's words");
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreRead() {
        Transcript transcript = reader.read("bom.txt", ("\uFEFF2012年3月27日外交部发言人洪磊主持例行记者会\r\n"
                + "问：一？\r\n答：二。\r\n").getBytes(UTF_8));

        assertThat(transcript.date()).isEqualTo(LocalDate.of(2012, 3, 27));
        assertThat(transcript.language()).isEqualTo(ContentLanguage.ZH_HANS);
        assertThat(transcript.answers()).singleElement().extracting(QuestionAndAnswer::answer).isEqualTo("二。");
    }

    @Test
    void htmlWithParagraphsSplitByLineBreaksInsteadOfParagraphElements() {
        String page = """
                <html><body><div class="nav"><a href="/">首页</a> 问：导航</div>
                <div class="article"><h1>2012年3月27日外交部发言人洪磊主持例行记者会</h1>
                <div class="content">问：一？<br>答：二。<br><br>三。<br>问：四？<br/>答：五。</div></div>
                <div class="footer">版权所有</div></body></html>
                """;

        Transcript transcript = reader.read("page.html", page.getBytes(UTF_8));

        assertThat(transcript.date()).isEqualTo(LocalDate.of(2012, 3, 27));
        assertThat(transcript.answers()).extracting(QuestionAndAnswer::answer).containsExactly("二。\n\n三。", "五。");
    }

    @Test
    void jsonItemWithoutAnAnswerIsUnparsedAndTheOthersKeepTheirNumbers() {
        String json = """
                {"date":"2012-03-27","spokesperson":"洪磊","language":"zh-Hans",
                 "questions":[{"question":"一？","answer":"二。"},{"question":"三？"},{"question":"四？","answer":"五。"}]}
                """;

        Transcript transcript = reader.read("t.json", json.getBytes(UTF_8));

        assertThat(transcript.answers()).extracting(QuestionAndAnswer::number).containsExactly(1, 2);
        assertThat(transcript.unparsed()).extracting(UnparsedPart::reason).containsExactly("questions[1]: no answer");
    }

    @Test
    void englishDateLineNamingTheSpokespersonAfterTheConference() {
        Transcript transcript = text("""
                Regular Press Conference of Foreign Ministry Spokesperson Hong Lei on December 30, 2011
                Q: One?
                A: Two.
                """);

        assertThat(transcript.spokesperson()).isEqualTo("Hong Lei");
        assertThat(transcript.unparsed()).isEmpty();
    }

    @Test
    void aDateLineWithoutASpokespersonIsKeptAndReported() {
        Transcript transcript = text("""
                2012年3月27日例行記者會
                問：一？
                答：二。
                """);

        assertThat(transcript.spokesperson()).isNull();
        assertThat(transcript.answers()).hasSize(1);
        assertThat(transcript.unparsed()).extracting(UnparsedPart::reason)
                .containsExactly("the date line names no spokesperson");
    }

    @Test
    void htmlParagraphsIndentedWithNonBreakingSpacesAndMarkersInBoldAreRead() {
        String page = """
                <html><head><title>2012年3月27日外交部发言人洪磊主持例行记者会</title></head><body>
                <div id="content"><p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>问：</strong>一？</p>
                <p>&nbsp;&nbsp;<b>答</b>：二。&nbsp;</p><p>&nbsp;</p><p>&nbsp;&nbsp;三。</p></div></body></html>
                """;

        Transcript transcript = reader.read("page.html", page.getBytes(UTF_8));

        assertThat(transcript.date()).isEqualTo(LocalDate.of(2012, 3, 27));
        assertThat(transcript.answers()).singleElement().satisfies(pair -> {
            assertThat(pair.question()).isEqualTo("一？");
            assertThat(pair.answer()).isEqualTo("二。\n\n三。");
        });
    }

    @Test
    void anAnnouncementInTheSameParagraphAsItsIntroductionLosesTheIntroduction() {
        Transcript transcript = text("""
                2011年12月30日外交部发言人洪磊主持例行记者会
                洪磊宣布：应外交部长杨洁篪邀请，某国外长将于1月5日至7日访华。
                问：一？
                答：二。
                """);
        Transcript english = text("""
                Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on December 30, 2011
                Hong Lei announced: At the invitation of Foreign Minister Yang Jiechi, a foreign minister will visit China.
                Q: One?
                A: Two.
                """);

        assertThat(transcript.announcements()).containsExactly("应外交部长杨洁篪邀请，某国外长将于1月5日至7日访华。");
        assertThat(english.announcements()).containsExactly(
                "At the invitation of Foreign Minister Yang Jiechi, a foreign minister will visit China.");
    }

    @Test
    void aChineseAnswerMarkerAfterASpaceStartsTheAnswerEvenWithoutAQuestionMark() {
        Transcript transcript = text("""
                2011年12月30日外交部发言人洪磊主持例行记者会
                问：请介绍中方立场　答：中方欢迎各方恢复对话。
                """);

        assertThat(transcript.answers()).singleElement().satisfies(pair -> {
            assertThat(pair.question()).isEqualTo("请介绍中方立场");
            assertThat(pair.answer()).isEqualTo("中方欢迎各方恢复对话。");
        });
    }

    @Test
    void aTranscriptInsideAnElementWithAChromeLikeNameIsStillFoundWhileTheRealChromeGoes() {
        String page = """
                <html><body><div class="layout-right"><h1>2012年3月27日外交部发言人洪磊主持例行记者会</h1>
                <div class="text"><p>问：一？</p><p>答：二。</p><p>问：三？</p><p>答：四。</p></div>
                <div class="share-bar">分享到：<a>微博</a></div></div>
                <div class="side-news"><a>问：外交部发言人就某事答记者问</a></div></body></html>
                """;

        Transcript transcript = reader.read("page.html", page.getBytes(UTF_8));

        assertThat(transcript.answers()).extracting(QuestionAndAnswer::answer).containsExactly("二。", "四。");
        assertThat(transcript.unparsed()).isEmpty();
    }
}

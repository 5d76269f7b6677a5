package org.pressdesk.dailyrun.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pressdesk.content.ContentLanguage;

/** The demo inbox's transcripts, as the ministry publishes them, read whole. */
class DemoTranscriptsTest {

    private final TranscriptReader reader = new TranscriptReader();

    private Transcript demo(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dailyrun/demo-inbox/" + name)) {
            assertThat(in).as(name).isNotNull();
            return reader.read(name, in.readAllBytes());
        }
    }

    @Test
    void traditionalChineseTranscriptGivesItsAnnouncementsAndEveryPairIncludingTwoOnOneLine() throws IOException {
        Transcript transcript = demo("2011-12-30-hong-lei.zh-Hant.txt");

        assertThat(transcript.date()).isEqualTo(LocalDate.of(2011, 12, 30));
        assertThat(transcript.spokesperson()).isEqualTo("洪磊");
        assertThat(transcript.language()).isEqualTo(ContentLanguage.ZH_HANT);
        assertThat(transcript.announcements()).hasSize(3);
        assertThat(transcript.announcements().getFirst()).startsWith("應國務院總理溫家寶邀請");
        assertThat(transcript.answers()).extracting(QuestionAndAnswer::number).containsExactly(1, 2, 3);
        assertThat(transcript.answers().get(2).question()).isEqualTo("有報道稱，今年中國領事保護案件數量明顯增加，你能否證實？");
        assertThat(transcript.answers().get(2).answer()).startsWith("今年以來").endsWith("增強安全意識。");
        assertThat(transcript.unparsed()).isEmpty();
    }

    @Test
    void simplifiedChineseTranscriptKeepsAMultiParagraphAnswerAndTheRemarkAfterTheSession() throws IOException {
        Transcript transcript = demo("2011-12-28-liu-weimin.zh-Hans.txt");

        assertThat(transcript.date()).isEqualTo(LocalDate.of(2011, 12, 28));
        assertThat(transcript.spokesperson()).isEqualTo("刘为民");
        assertThat(transcript.language()).isEqualTo(ContentLanguage.ZH_HANS);
        assertThat(transcript.announcements()).isEmpty();
        assertThat(transcript.answers()).hasSize(5);
        assertThat(transcript.answers().getFirst().answer().split("\n\n")).hasSize(3);
        assertThat(transcript.answers().get(3).question()).isEqualTo("中方是否会向当地提供人道主义援助？");
        QuestionAndAnswer remark = transcript.answers().get(4);
        assertThat(remark.question()).contains("中国公民在海外旅游安全问题");
        assertThat(remark.answer()).startsWith("外交部提醒").doesNotContain("编辑");
        assertThat(transcript.unparsed()).isEmpty();
    }

    @Test
    void englishTranscriptReadsItsDateLineAnnouncementAndAsciiMarkers() throws IOException {
        Transcript transcript = demo("2011-12-29-hong-lei.en.txt");

        assertThat(transcript.date()).isEqualTo(LocalDate.of(2011, 12, 29));
        assertThat(transcript.spokesperson()).isEqualTo("Hong Lei");
        assertThat(transcript.language()).isEqualTo(ContentLanguage.EN);
        assertThat(transcript.announcements()).singleElement().asString().startsWith("At the invitation of");
        assertThat(transcript.answers()).hasSize(5);
        assertThat(transcript.answers().getFirst().answer()).contains("\n\nDuring the visit");
        assertThat(transcript.answers().get(3).question()).isEqualTo("Will China raise consular protection with the host country?");
        assertThat(transcript.answers().get(4).answer()).startsWith("The website went online").doesNotContain("Editor");
    }

    @Test
    void htmlPageGivesTheTranscriptWithoutNavigationShareLinksRelatedNewsOrFooter() throws IOException {
        Transcript transcript = demo("2011-12-27-jiang-yu.zh-Hant.html");

        assertThat(transcript.date()).isEqualTo(LocalDate.of(2011, 12, 27));
        assertThat(transcript.spokesperson()).isEqualTo("姜瑜");
        assertThat(transcript.language()).isEqualTo(ContentLanguage.ZH_HANT);
        assertThat(transcript.answers()).hasSize(3);
        assertThat(transcript.answers().get(1).answer())
                .startsWith("今年是中國—東盟對話關係20週年紀念。")
                .contains("\n\n明年，中方願同東盟國家一道")
                .doesNotContain("分享到", "相關新聞", "版權所有");
        assertThat(transcript.answers().get(2).answer()).endsWith("介紹中國外交政策。");
        assertThat(transcript.unparsed()).isEmpty();
    }

    @Test
    void jsonTranscriptGivesItsFieldsAsTheyAre() throws IOException {
        Transcript transcript = demo("2011-12-26-hong-lei.en.json");

        assertThat(transcript.date()).isEqualTo(LocalDate.of(2011, 12, 26));
        assertThat(transcript.spokesperson()).isEqualTo("Hong Lei");
        assertThat(transcript.language()).isEqualTo(ContentLanguage.EN);
        assertThat(transcript.announcements()).hasSize(1);
        assertThat(transcript.answers()).extracting(QuestionAndAnswer::number).containsExactly(1, 2);
        assertThat(transcript.answers().get(1).answer()).isEqualTo("We have not received any information on that.\n\n"
                + "We will release information in due course.");
    }
}

package org.pressdesk.dailyrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.dailyrun.transcript.QuestionAndAnswer;
import org.pressdesk.dailyrun.transcript.Transcript;
import org.pressdesk.dailyrun.transcript.UnparsedPart;

/** The run's processor: what each part of a transcript becomes. */
class TranscriptPostsTest {

    private final TranscriptPosts posts = new TranscriptPosts();

    @Test
    void anEnglishConferenceIsSummedUpWithItsDateAnnouncementsQuestionCountAndOneLinePerTopic() {
        Transcript transcript = transcript(ContentLanguage.EN, "Hong Lei", List.of("Premier X will visit China."),
                List.of(new QuestionAndAnswer(1, "Reports say that talks may resume next year. What is China's comment?",
                        "China welcomes it."), new QuestionAndAnswer(2, "How many people attended the reception?", "Many.")));

        RunPost summary = posts.process(new RunItem.Summary(transcript));

        assertThat(summary.kind()).isEqualTo(ContentKind.BRIEFING_SUMMARY);
        assertThat(summary.key()).isEqualTo(new ImportKey(LocalDate.of(2011, 12, 29), ContentLanguage.EN, 0));
        assertThat(summary.title()).isEqualTo("Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on "
                + "December 29, 2011");
        assertThat(summary.fields().topics()).containsExactly("talks may resume next year",
                "How many people attended the reception");
        assertThat(summary.body().lines().toList()).containsExactly("Announcement: Premier X will visit China.",
                "2 questions answered:", "talks may resume next year", "How many people attended the reception");
    }

    @Test
    void aSimplifiedChineseAnswerKeepsItsQuestionAnswerSpokespersonAndNumber() {
        Transcript transcript = transcript(ContentLanguage.ZH_HANS, "刘为民", List.of(),
                List.of(new QuestionAndAnswer(1, "据报道，某国发生地震。中方是否会提供援助？", "中方愿提供力所能及的帮助。")));

        RunPost answer = posts.process(new RunItem.Answer(transcript, transcript.answers().getFirst()));

        assertThat(answer.kind()).isEqualTo(ContentKind.SPOKESPERSON_ANSWER);
        assertThat(answer.title()).isEqualTo("外交部发言人刘为民就某国发生地震答记者问");
        assertThat(answer.body()).isEqualTo("问：据报道，某国发生地震。中方是否会提供援助？\n答：中方愿提供力所能及的帮助。");
        assertThat(answer.fields().question()).isEqualTo("据报道，某国发生地震。中方是否会提供援助？");
        assertThat(answer.fields().spokesperson()).isEqualTo("刘为民");
        assertThat(answer.postSource().questionNumber()).isEqualTo(1);
        assertThat(answer.postSource().reference()).isEqualTo("test.txt");
    }

    @Test
    void aTopicIsOneItemShortEnoughForATitle() {
        assertThat(Topics.of("中方對伊朗、敘利亞；朝鮮問題有何評論？", ContentLanguage.ZH_HANT)).isEqualTo("中方對伊朗，敘利亞，朝鮮問題有何評論");
        assertThat(Topics.of("這".repeat(60) + "？", ContentLanguage.ZH_HANT)).hasSize(Topics.MAX_LENGTH).endsWith("…");
    }

    @Test
    void theTopicsFieldHoldsTheFirstTwentyWhileTheBodyListsThemAll() {
        List<QuestionAndAnswer> many = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            many.add(new QuestionAndAnswer(i, "Question number " + i + "?", "Answer."));
        }

        RunPost summary = posts.process(new RunItem.Summary(transcript(ContentLanguage.EN, "Hong Lei", List.of(), many)));

        assertThat(summary.fields().topics()).hasSize(20);
        assertThat(summary.body()).contains("25 questions answered:", "Question number 25");
    }

    @Test
    void anUnreadablePartAndAConferenceWithoutAnswersAreRefusedWithTheirReasons() {
        Transcript empty = transcript(ContentLanguage.ZH_HANT, "洪磊", List.of(), List.of());

        assertThatThrownBy(() -> posts.process(new RunItem.Unparsed(empty, new UnparsedPart("答：……", "an answer with no "
                + "question before it")))).isInstanceOf(UnusablePartException.class)
                .hasMessage("an answer with no question before it");
        assertThatThrownBy(() -> posts.process(new RunItem.Summary(empty))).isInstanceOf(UnusablePartException.class)
                .hasMessageContaining("no question and answer could be read");
    }

    private static Transcript transcript(ContentLanguage language, String spokesperson, List<String> announcements,
                                         List<QuestionAndAnswer> answers) {
        return new Transcript("test.txt", LocalDate.of(2011, 12, 29), spokesperson, language, announcements, answers,
                List.of());
    }
}

package org.pressdesk.dailyrun;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.dailyrun.transcript.QuestionAndAnswer;
import org.pressdesk.dailyrun.transcript.Transcript;
import org.pressdesk.post.PostFields;
import org.pressdesk.post.PostSource;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The run's processor: a question and answer becomes a spokesperson answer (question, answer,
 * spokesperson, conference date and question number), the conference a briefing summary (date,
 * spokesperson, announcements, number of questions, one line per topic). A part that cannot be
 * read is refused with its reason, which the skip policy records.
 */
class TranscriptPosts implements ItemProcessor<RunItem, RunPost> {

    /** As many topics as a post may have (the API's limit), which also fits the stored column. */
    private static final int MAX_TOPICS = 20;
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    @Override
    public RunPost process(RunItem item) {
        return switch (item) {
            case RunItem.Summary summary -> summary(summary.transcript());
            case RunItem.Answer answer -> answer(answer.transcript(), answer.pair());
            case RunItem.Unparsed unparsed -> throw new UnusablePartException(unparsed.transcript().source(),
                    unparsed.part().reason(), unparsed.part().text());
        };
    }

    private static RunPost answer(Transcript transcript, QuestionAndAnswer pair) {
        ContentLanguage language = transcript.language();
        String spokesperson = transcript.spokesperson();
        String topic = Topics.of(pair.question(), language);
        String title = switch (language) {
            case ZH_HANT -> "外交部發言人" + spokesperson + "就" + topic + "答記者問";
            case ZH_HANS -> "外交部发言人" + spokesperson + "就" + topic + "答记者问";
            case EN -> "Foreign Ministry Spokesperson " + spokesperson + " on " + topic;
        };
        String body = switch (language) {
            case ZH_HANT -> "問：" + pair.question() + "\n答：" + pair.answer();
            case ZH_HANS -> "问：" + pair.question() + "\n答：" + pair.answer();
            case EN -> "Q: " + pair.question() + "\nA: " + pair.answer();
        };
        return new RunPost(new ImportKey(transcript.date(), language, pair.number()), ContentKind.SPOKESPERSON_ANSWER,
                title, body, language, new PostSource(transcript.date(), pair.number(), transcript.source()),
                new PostFields(pair.question(), pair.answer(), spokesperson, List.of(), null), transcript.source());
    }

    private static RunPost summary(Transcript transcript) {
        if (transcript.answers().isEmpty()) {
            throw new UnusablePartException(transcript.source(), "no question and answer could be read, so there is "
                    + "no briefing summary", null);
        }
        ContentLanguage language = transcript.language();
        String spokesperson = transcript.spokesperson();
        LocalDate date = transcript.date();
        List<String> topics = Topics.of(transcript.answers().stream().map(QuestionAndAnswer::question).toList(),
                language);
        int questions = transcript.answers().size();
        String title = switch (language) {
            case ZH_HANT -> chineseDate(date) + "外交部發言人" + spokesperson + "主持例行記者會";
            case ZH_HANS -> chineseDate(date) + "外交部发言人" + spokesperson + "主持例行记者会";
            case EN -> "Foreign Ministry Spokesperson " + spokesperson + "'s Regular Press Conference on "
                    + ENGLISH_DATE.format(date);
        };
        List<String> lines = new ArrayList<>();
        for (String announcement : transcript.announcements()) {
            lines.add(switch (language) {
                case ZH_HANT -> "發布消息：" + announcement;
                case ZH_HANS -> "发布消息：" + announcement;
                case EN -> "Announcement: " + announcement;
            });
        }
        lines.add(switch (language) {
            case ZH_HANT -> "回答記者提問" + questions + "個：";
            case ZH_HANS -> "回答记者提问" + questions + "个：";
            case EN -> questions + (questions == 1 ? " question" : " questions") + " answered:";
        });
        lines.addAll(topics);
        // The body lists every topic; the topics field, which templates join into one sentence, the first ones.
        return new RunPost(new ImportKey(date, language, ImportKey.SUMMARY), ContentKind.BRIEFING_SUMMARY, title,
                String.join("\n", lines), language, new PostSource(date, null, transcript.source()),
                new PostFields(null, null, spokesperson, topics.subList(0, Math.min(MAX_TOPICS, topics.size())), null),
                transcript.source());
    }

    private static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}

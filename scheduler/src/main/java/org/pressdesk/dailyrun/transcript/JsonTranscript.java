package org.pressdesk.dailyrun.transcript;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.pressdesk.content.ContentLanguage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The structured form of a transcript, for offices that receive it from another system:
 *
 * <pre>{@code
 * {
 *   "date": "2011-12-30",                  // required, the conference's date
 *   "spokesperson": "洪磊",                 // required
 *   "language": "zh-Hant",                 // optional: zh-Hans, zh-Hant or en; found from the text otherwise
 *   "announcements": ["…", "…"],           // optional
 *   "questions": [                         // in the conference's order; numbered from 1
 *     {"question": "…", "answer": "…"}     // paragraphs of an answer separated by a blank line ("\n\n")
 *   ]
 * }
 * }</pre>
 *
 * An item without question or answer is skipped with its reason; the others keep their order.
 */
final class JsonTranscript {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonTranscript() {
    }

    static Transcript read(String source, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new UnreadableTranscriptException(source + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableTranscriptException(source + " is not valid JSON: expected an object");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(string(root, "date"));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new UnreadableTranscriptException(source + " has no date line: \"date\" must be a date such as "
                    + "2011-12-30");
        }
        String spokesperson = string(root, "spokesperson");
        if (spokesperson == null || spokesperson.isBlank()) {
            throw new UnreadableTranscriptException(source + " names no spokesperson (\"spokesperson\")");
        }
        List<String> announcements = new ArrayList<>();
        for (JsonNode announcement : root.path("announcements")) {
            if (announcement.isString() && !announcement.asString().isBlank()) {
                announcements.add(announcement.asString().strip());
            }
        }
        List<QuestionAndAnswer> answers = new ArrayList<>();
        List<UnparsedPart> unparsed = new ArrayList<>();
        int index = 0;
        StringBuilder all = new StringBuilder();
        for (JsonNode item : root.path("questions")) {
            String question = string(item, "question");
            String answer = string(item, "answer");
            String where = "questions[" + index++ + "]";
            if (question == null || question.isBlank()) {
                unparsed.add(new UnparsedPart(item.toString(), where + ": no question"));
            } else if (answer == null || answer.isBlank()) {
                unparsed.add(new UnparsedPart(item.toString(), where + ": no answer"));
            } else {
                answers.add(new QuestionAndAnswer(answers.size() + 1, question.strip(),
                        answer.replace("\r\n", "\n").strip()));
                all.append(question).append(answer);
            }
        }
        ContentLanguage language;
        String tag = string(root, "language");
        if (tag == null) {
            language = TranscriptText.language(all + String.join("", announcements));
        } else {
            language = ContentLanguage.fromTag(tag.strip()).orElseThrow(() -> new UnreadableTranscriptException(
                    source + ": unknown language '" + tag + "'; use zh-Hans, zh-Hant or en"));
        }
        return new Transcript(source, date, spokesperson.strip(), language, announcements, answers, unparsed);
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }
}

package org.pressdesk.dailyrun;

import java.util.List;
import java.util.regex.Pattern;
import org.pressdesk.content.ContentLanguage;

/**
 * A question's topic in a few words, for the briefing summary's topic lines and an answer's title: the
 * question's first sentence without the reporting phrase that often opens it ("據報道，", "Reports say
 * that"), cut to {@value #MAX_LENGTH} characters. Marks that separate topics (、；;) become commas.
 */
final class Topics {

    static final int MAX_LENGTH = 40;

    private static final Pattern OPENING = Pattern.compile("^(?:據報道|据报道|有報道稱|有报道称|有報道說|有报道说|據悉|据悉|"
            + "據媒體報道|据媒体报道|我們注意到|我们注意到|(?:some )?reports? (?:say|said)(?: that)?|it is reported that|"
            + "according to (?:media )?reports|we have noticed that|we noticed that)[，,：:\\s]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[。？！?!]|\\.(?:\\s|$)");

    private Topics() {
    }

    static String of(String question, ContentLanguage language) {
        String text = question.strip().replaceAll("\\s+", " ");
        text = OPENING.matcher(text).replaceFirst("");
        var end = SENTENCE_END.matcher(text);
        if (end.find() && end.start() > 0) {
            text = text.substring(0, end.start());
        }
        text = text.replaceAll("[、；;]", language.isChinese() ? "，" : ",").strip();
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH - 1)).strip() + "…";
        }
        return text.isEmpty() ? question.strip() : text;
    }

    static List<String> of(List<String> questions, ContentLanguage language) {
        return questions.stream().map(question -> of(question, language)).toList();
    }
}

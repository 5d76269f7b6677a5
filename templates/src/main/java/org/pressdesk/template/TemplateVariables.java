package org.pressdesk.template;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pressdesk.content.ContentLanguage;

/**
 * The variables a template sees; README.md lists them. Built from a draft once, then re-built with a
 * shortened main text while truncating.
 */
final class TemplateVariables {

    private static final Pattern QUESTION_AND_ANSWER = Pattern.compile(
            "(?s)^\\s*(?:問|问|Q)\\s*[:：]\\s*(.*?)\\s*\\n\\s*(?:答|A)\\s*[:：]\\s*(.*?)\\s*$");
    private static final Pattern TOPIC_SEPARATORS = Pattern.compile("[、;；\\n]+");
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final PostDraft post;
    private final TemplateChannel channel;
    private final LocalDate date;
    private final String question;
    private final String answer;
    private final String body;
    private final boolean truncated;
    private final LocalDate correctedDay;

    private TemplateVariables(PostDraft post, TemplateChannel channel, LocalDate date, String question,
                              String answer, String body, boolean truncated, LocalDate correctedDay) {
        this.post = post;
        this.channel = channel;
        this.date = date;
        this.correctedDay = correctedDay;
        this.question = question;
        this.answer = answer;
        this.body = body;
        this.truncated = truncated;
    }

    static TemplateVariables of(PostDraft post, TemplateChannel channel, ZoneId zone) {
        String question = post.field("question");
        String answer = post.field("answer");
        if (question == null && answer == null) {
            Matcher pair = QUESTION_AND_ANSWER.matcher(post.body());
            if (pair.matches()) {
                question = pair.group(1);
                answer = pair.group(2);
            }
        }
        return new TemplateVariables(post, channel, dateOf(post, zone), question, answer, post.body().strip(), false,
                correctedDay(post, zone));
    }

    /**
     * The main text: what truncation shortens. A spokesperson's answer when the post has one (the question
     * and header stay whole), the body otherwise.
     */
    String mainText() {
        return answer != null ? answer : body;
    }

    /** The same variables with the main text replaced by a shortened one and {@code truncated} set. */
    TemplateVariables withShortenedMainText(String shortened) {
        return answer != null
                ? new TemplateVariables(post, channel, date, question, shortened, body, true, correctedDay)
                : new TemplateVariables(post, channel, date, question, null, shortened, true, correctedDay);
    }

    Map<String, Object> asMap() {
        Map<String, Object> variables = new HashMap<>();
        Map<String, Object> postView = new LinkedHashMap<>();
        postView.put("kind", post.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        postView.put("language", post.language().tag());
        postView.put("title", post.title());
        postView.put("body", post.body());
        postView.put("link", post.link() == null ? null : post.link().toString());
        postView.put("scheduledAt", post.scheduledAt());
        postView.put("sourceReference", post.sourceReference());
        variables.put("post", postView);
        variables.put("fields", post.fields());
        variables.put("channel", channel);
        variables.put("title", post.title());
        variables.put("body", body);
        variables.put("lines", nonEmpty(lines(body)));
        variables.put("link", post.link() == null ? null : post.link().toString());
        variables.put("question", question);
        variables.put("answer", answer);
        variables.put("answerLines", answer == null ? null : nonEmpty(lines(answer)));
        // Only ever the post's field: a name read from a title ("Spokesperson Hong Lei Answers…") is a guess.
        variables.put("spokesperson", post.field("spokesperson"));
        variables.put("date", formatDate(date, post.language()));
        variables.put("isoDate", date.toString());
        LocalDate conferenceDay = fieldDate(post);
        variables.put("conferenceDate", conferenceDay == null ? null : formatDate(conferenceDay, post.language()));
        variables.put("topics", nonEmpty(topics()));
        String hashtag = post.field("hashtag") == null ? "" : channel.hashtag(post.field("hashtag"));
        variables.put("hashtag", hashtag.isEmpty() ? null : hashtag);
        variables.put("truncated", truncated);
        // A correction names what it corrects: the earlier post's title and the day it went out.
        variables.put("correctedTitle", post.field("corrects-title"));
        variables.put("correctedDate", correctedDay == null ? null : formatDate(correctedDay, post.language()));
        return variables;
    }

    static String formatDate(LocalDate date, ContentLanguage language) {
        return date.format(language.isChinese() ? CHINESE_DATE : ENGLISH_DATE);
    }

    private List<String> topics() {
        String topics = post.field("topics");
        if (topics == null) {
            return List.of();
        }
        return Arrays.stream(TOPIC_SEPARATORS.split(topics)).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Null instead of an empty list, so {@code th:if="${topics}"} reads naturally (Thymeleaf counts an empty list as true). */
    private static List<String> nonEmpty(List<String> list) {
        return list.isEmpty() ? null : list;
    }

    private static LocalDate dateOf(PostDraft post, ZoneId zone) {
        LocalDate field = fieldDate(post);
        return field != null ? field : post.scheduledAt().atZone(zone).toLocalDate();
    }

    /**
     * The office-zone day of the {@code corrects-published-at} field (an instant, or a date), or null when absent
     * or malformed.
     */
    private static LocalDate correctedDay(PostDraft post, ZoneId zone) {
        String field = post.field("corrects-published-at");
        if (field == null) {
            return null;
        }
        try {
            return Instant.parse(field).atZone(zone).toLocalDate();
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(field);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    /** The {@code date} field (the conference day), or null when absent or malformed: never the scheduled day. */
    private static LocalDate fieldDate(PostDraft post) {
        String field = post.field("date");
        if (field != null) {
            try {
                return LocalDate.parse(field);
            } catch (DateTimeParseException e) {
                // A malformed date field counts as none rather than failing the render.
            }
        }
        return null;
    }
}

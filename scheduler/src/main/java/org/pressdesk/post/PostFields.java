package org.pressdesk.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The structured parts of a post that templates print, beside its title and body. Which a post
 * needs depends on its kind ({@link PostFieldRules}).
 *
 * @param question     the journalist's question a spokesperson answer replies to
 * @param answer       the spokesperson's answer
 * @param spokesperson who answered or held the conference, in the post's language (洪磊; "Hong Lei" in English)
 * @param topics       what a briefing covered, one topic an item
 * @param hashtag      the topic tag channels that take hashtags add, without its # marks
 */
public record PostFields(String question, String answer, String spokesperson, List<String> topics, String hashtag) {

    public static final String QUESTION = "question";
    public static final String ANSWER = "answer";
    public static final String SPOKESPERSON = "spokesperson";
    public static final String TOPICS = "topics";
    public static final String HASHTAG = "hashtag";

    public static final PostFields NONE = new PostFields(null, null, null, List.of(), null);

    public PostFields {
        question = given(question);
        answer = given(answer);
        spokesperson = given(spokesperson);
        topics = topics == null ? List.of()
                : topics.stream().filter(Objects::nonNull).map(String::strip).filter(topic -> !topic.isEmpty()).toList();
        hashtag = given(hashtag);
    }

    /** The names of the fields this post has. */
    public Set<String> names() {
        return forTemplates().keySet();
    }

    /**
     * The fields as templates receive them ({@code PostDraft.fields()}): those given, topics one a
     * line (templates split them at line breaks).
     */
    public Map<String, String> forTemplates() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, QUESTION, question);
        put(fields, ANSWER, answer);
        put(fields, SPOKESPERSON, spokesperson);
        put(fields, TOPICS, topics.isEmpty() ? null : String.join("\n", topics));
        put(fields, HASHTAG, hashtag);
        return fields;
    }

    /** Reads stored fields back: topics one a line. */
    static PostFields of(String question, String answer, String spokesperson, String topics, String hashtag) {
        return new PostFields(question, answer, spokesperson, topics == null ? List.of() : topics.lines().toList(),
                hashtag);
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

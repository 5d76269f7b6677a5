package org.pressdesk.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.system.FieldProblems;
import org.pressdesk.system.Names;

/**
 * Which fields each kind of post needs and takes, as the shipped templates read them: a spokesperson
 * answer its question, answer and spokesperson; a briefing summary its spokesperson and topics; any
 * kind a hashtag. A field a kind does not take is refused rather than stored unread.
 */
final class PostFieldRules {

    private static final Map<ContentKind, List<String>> REQUIRED = new EnumMap<>(Map.of(
            ContentKind.SPOKESPERSON_ANSWER, List.of(PostFields.QUESTION, PostFields.ANSWER, PostFields.SPOKESPERSON),
            ContentKind.BRIEFING_SUMMARY, List.of(PostFields.SPOKESPERSON, PostFields.TOPICS)));
    private static final List<String> OPTIONAL = List.of(PostFields.HASHTAG);
    /** Marks that templates take as separators between topics. */
    private static final String TOPIC_SEPARATORS = "、;；";

    private PostFieldRules() {
    }

    static List<String> required(ContentKind kind) {
        return REQUIRED.getOrDefault(kind, List.of());
    }

    static List<String> taken(ContentKind kind) {
        List<String> taken = new ArrayList<>(required(kind));
        taken.addAll(OPTIONAL);
        return taken;
    }

    /** Notes every field the kind needs and lacks, every field it does not take, and every unusable value. */
    static void check(ContentKind kind, ContentLanguage language, PostFields fields, FieldProblems problems) {
        Set<String> given = fields.names();
        for (String name : required(kind)) {
            if (!given.contains(name)) {
                problems.add("fields." + name, "is required: a " + kind + " needs " + String.join(", ", required(kind)));
            }
        }
        for (String name : given) {
            if (!taken(kind).contains(name)) {
                problems.add("fields." + name, "a " + kind + " takes no '" + name + "'; its fields are "
                        + String.join(", ", taken(kind)));
            }
        }
        if (language == ContentLanguage.EN && fields.spokesperson() != null
                && fields.spokesperson().codePoints().anyMatch(PostFieldRules::isHan)) {
            problems.add("fields.spokesperson", "an English post names the spokesperson in English (e.g. Hong Lei), not '"
                    + fields.spokesperson() + "'");
        }
        String hashtag = fields.hashtag();
        if (hashtag != null && hashtag.codePoints().anyMatch(c -> c == '#' || c == '＃' || Names.isSpace(c))) {
            // Each channel writes the marks its own way (#tag, #話題#): the field holds the bare word.
            problems.add("fields." + PostFields.HASHTAG, "one word without '#' or spaces, such as 外交小靈通; "
                    + "each channel adds its own marks");
        }
        for (int i = 0; i < fields.topics().size(); i++) {
            String topic = fields.topics().get(i);
            for (char separator : TOPIC_SEPARATORS.toCharArray()) {
                if (topic.indexOf(separator) >= 0) {
                    problems.add("fields.topics[" + i + "]", "one topic an item: '" + separator
                            + "' separates topics, so list each apart");
                    break;
                }
            }
        }
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}

package org.pressdesk.template.split;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into sentences, clauses and characters, keeping every character: the pieces joined again
 * give the text back. Whitespace after a boundary stays with the piece before it.
 */
public final class Sentences {

    private static final String CHINESE_ENDS = "。！？";
    private static final String LATIN_ENDS = ".!?";
    private static final String CHINESE_CLAUSE_ENDS = "，、；：";
    private static final String LATIN_CLAUSE_ENDS = ",;:";
    /** Closing quotes and brackets that belong to the sentence they close: 」』”’）)】"'. */
    private static final String CLOSERS = "」』”’）)】\"'》";

    private Sentences() {
    }

    /**
     * Sentences: a piece ends after 。！？ (and any closing quote), after . ! ? followed by a space, a line
     * break, a Chinese character or the end (so {@code 3.5} and {@code gov.cn/t1.shtml} stay whole), and at
     * every line break.
     */
    public static List<String> split(String text) {
        return cut(text, CHINESE_ENDS, LATIN_ENDS);
    }

    /** Clauses, for a sentence too long on its own: also after ，、；： and after , ; : followed by a space. */
    public static List<String> clauses(String text) {
        List<String> pieces = cut(text, CHINESE_ENDS + CHINESE_CLAUSE_ENDS, LATIN_ENDS + LATIN_CLAUSE_ENDS);
        List<String> words = new ArrayList<>();
        for (String piece : pieces) {
            words.addAll(words(piece));
        }
        return words;
    }

    /** Single characters (code points), the last resort for a clause too long on its own. */
    public static List<String> codePoints(String text) {
        return text.codePoints().mapToObj(Character::toString).toList();
    }

    /** Whether the text ends a sentence (ignoring trailing whitespace and closing quotes). */
    public static boolean endsSentence(String text) {
        String stripped = text.stripTrailing();
        int end = stripped.length();
        while (end > 0 && CLOSERS.indexOf(stripped.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && (CHINESE_ENDS + LATIN_ENDS).indexOf(stripped.charAt(end - 1)) >= 0;
    }

    private static List<String> cut(String text, String chineseEnds, String latinEnds) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n') {
                end = i + 1;
            } else if (chineseEnds.indexOf(c) >= 0) {
                end = skipClosers(text, i + 1);
            } else if (latinEnds.indexOf(c) >= 0) {
                int afterClosers = skipClosers(text, i + 1);
                if (afterClosers == text.length() || Character.isWhitespace(text.charAt(afterClosers))
                        || isHan(text.codePointAt(afterClosers))) {
                    end = afterClosers;
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            pieces.add(text.substring(start, end));
            start = end;
            i = end;
        }
        if (start < text.length()) {
            pieces.add(text.substring(start));
        }
        return pieces;
    }

    /** Splits after each run of spaces, for Latin text without punctuation to cut at. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))
                    && (i + 1 == text.length() || !Character.isWhitespace(text.charAt(i + 1)))) {
                words.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            words.add(text.substring(start));
        }
        return words;
    }

    private static int skipClosers(String text, int from) {
        int i = from;
        while (i < text.length() && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}

package org.pressdesk.template;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a template's source must not contain, whatever it renders: checks the engine cannot make because
 * the source parses. Each problem is reported at the line and column where it starts.
 */
final class TemplateSourceRules {

    /** {@code th:utext} or {@code data-th-utext}, the attributes that print a value without escaping it. */
    private static final Pattern UNESCAPED_ATTRIBUTE = Pattern.compile("(?i)(?<![\\w:-])(?:th:|data-th-)utext\\s*=");
    private static final String UNESCAPED_INLINE = "[(";

    private TemplateSourceRules() {
    }

    /**
     * An inlined expression, {@code [[…]]} or {@code [(…)]}, that is not closed before the next one opens or the
     * source ends. Thymeleaf does not see an expression there and prints the markup as it is, so
     * {@code [(${answer}]} would be published literally.
     */
    static Optional<InvalidTemplateException> unclosedInlineExpression(TemplateKey key, String source) {
        int from = 0;
        while (true) {
            int open = nextOpening(source, from);
            if (open < 0) {
                return Optional.empty();
            }
            String closing = source.startsWith("[[", open) ? "]]" : ")]";
            int close = source.indexOf(closing, open + 2);
            int nextOpen = nextOpening(source, open + 2);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                int end = source.indexOf('\n', open);
                String expression = source.substring(open, end < 0 ? source.length() : end).strip();
                return Optional.of(at(key, source, open, expression + " is never closed with " + closing));
            }
            from = close + 2;
        }
    }

    /**
     * Output that is not escaped, in a template whose medium is HTML: {@code th:utext} and {@code [(…)]} would
     * publish whatever markup an author typed (or pasted) into a post.
     */
    static Optional<InvalidTemplateException> unescapedOutput(TemplateKey key, String source) {
        if (!key.medium().html()) {
            return Optional.empty();
        }
        Matcher attribute = UNESCAPED_ATTRIBUTE.matcher(source);
        int inline = source.indexOf(UNESCAPED_INLINE);
        if (attribute.find() && (inline < 0 || attribute.start() < inline)) {
            return Optional.of(at(key, source, attribute.start(), "th:utext writes its value unescaped, and a "
                    + key.medium().id() + " template is HTML: use th:text"));
        }
        if (inline >= 0) {
            return Optional.of(at(key, source, inline, "[(…)] writes its value unescaped, and a "
                    + key.medium().id() + " template is HTML: use [[…]] or th:text"));
        }
        return Optional.empty();
    }

    private static int nextOpening(String source, int from) {
        int square = source.indexOf("[[", from);
        int round = source.indexOf(UNESCAPED_INLINE, from);
        if (square < 0) {
            return round;
        }
        return round < 0 ? square : Math.min(square, round);
    }

    private static InvalidTemplateException at(TemplateKey key, String source, int offset, String reason) {
        int[] position = position(source, offset);
        return new InvalidTemplateException(key, position[0], position[1], reason);
    }

    /** The 1-based line and column of an offset. */
    static int[] position(String source, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}

package org.pressdesk.template.split;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Splits a text too long for one post into a numbered thread: {@code … (1/3)}, {@code … (2/3)}, {@code … (3/3)}.
 * Parts end at sentence boundaries where a sentence fits, at clause boundaries where one does not, and
 * mid-clause only where a clause alone is too long. Every part, numbering included, fits the limit as the
 * channel counts it.
 */
public final class ThreadSplitter {

    private ThreadSplitter() {
    }

    /**
     * @param text      the rendered text
     * @param maxLength the channel's limit, in its own units
     * @param length    the channel's way of counting (a connector's {@code length})
     * @return the text itself when it fits, otherwise the numbered parts
     * @throws IllegalArgumentException when the limit cannot hold a single character and its numbering
     */
    public static List<String> split(String text, int maxLength, ToIntFunction<String> length) {
        String whole = text.strip();
        if (length.applyAsInt(whole) <= maxLength) {
            return List.of(whole);
        }
        // The numbering's width depends on how many parts there are; plan for 9, then 99 … until it holds.
        for (int assumed = 9; ; assumed = assumed * 10 + 9) {
            String widest = numbering(assumed, assumed);
            List<String> parts = pack(whole, candidate -> length.applyAsInt(candidate + widest) <= maxLength);
            if (parts.size() <= assumed) {
                List<String> numbered = new ArrayList<>(parts.size());
                for (int i = 0; i < parts.size(); i++) {
                    numbered.add(parts.get(i) + numbering(i + 1, parts.size()));
                }
                return List.copyOf(numbered);
            }
        }
    }

    /** The suffix of part {@code part} of {@code of}: {@code " (2/3)"}. */
    public static String numbering(int part, int of) {
        return " (" + part + "/" + of + ")";
    }

    private static List<String> pack(String text, Predicate<String> fits) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        packInto(Sentences.split(text), 0, fits, parts, current);
        if (!current.toString().isBlank()) {
            parts.add(current.toString().strip());
        }
        return parts;
    }

    /** The longest label a part may start with: 答：, Q:, Answer:, 外交部發言人： … */
    private static final int MAX_LABEL = 12;

    /** A part that so far holds only a label introducing what follows (答：, Q:), which must not go out alone. */
    private static boolean isLeadIn(CharSequence part) {
        String text = part.toString().strip();
        return !text.isEmpty() && text.codePointCount(0, text.length()) <= MAX_LABEL
                && ":：".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static final List<Function<String, List<String>>> FINER = List.of(Sentences::clauses, Sentences::codePoints);

    /**
     * Greedily adds pieces to the current part; a piece that does not fit even in an empty part is cut
     * into finer pieces (clauses, then characters).
     */
    private static void packInto(List<String> pieces, int level, Predicate<String> fits, List<String> parts,
                                 StringBuilder current) {
        for (String piece : pieces) {
            String candidate = current + piece;
            if (fits.test(candidate.strip())) {
                current.append(piece);
                continue;
            }
            if (isLeadIn(current) && level < FINER.size()) {
                // A label such as 答： must not go out alone: fill the rest of its part with what it introduces.
                packInto(FINER.get(level).apply(piece), level + 1, fits, parts, current);
                continue;
            }
            if (!current.toString().isBlank()) {
                parts.add(current.toString().strip());
            }
            current.setLength(0);
            if (piece.isBlank()) {
                continue;
            }
            if (fits.test(piece.strip())) {
                current.append(piece.stripLeading());
            } else if (level < FINER.size()) {
                packInto(FINER.get(level).apply(piece.stripLeading()), level + 1, fits, parts, current);
            } else {
                throw new IllegalArgumentException("the channel's limit cannot hold '" + piece
                        + "' with its thread numbering");
            }
        }
    }
}

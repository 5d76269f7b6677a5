package org.pressdesk.template.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the longest beginning of a text that still fits: at the end of a sentence where one fits, else
 * mid-sentence with an ellipsis. What "fits" means is up to the caller, who usually renders the whole post
 * around the shortened text and measures it as the channel counts.
 */
public final class Truncation {

    private Truncation() {
    }

    /**
     * @param text     the text to shorten
     * @param fits     whether a shortened text (ellipsis included) is acceptable
     * @param ellipsis appended when the cut falls inside a sentence: {@code ……} in Chinese, {@code …} in English
     * @return the longest acceptable beginning, always shorter than the text; empty when not even the
     *         first character with the ellipsis fits
     */
    public static Optional<String> shorten(String text, Predicate<String> fits, String ellipsis) {
        Optional<String> atSentence = longest(cuts(Sentences.split(text), ellipsis), fits);
        if (atSentence.isPresent()) {
            return atSentence;
        }
        Optional<String> atClauseOrWord = longest(cuts(Sentences.clauses(text), ellipsis), fits);
        if (atClauseOrWord.isPresent()) {
            return atClauseOrWord;
        }
        return longest(cuts(Sentences.codePoints(text.strip()), ellipsis), fits);
    }

    /** Every proper beginning of the text that ends between two pieces, with an ellipsis unless it ends a sentence. */
    private static List<String> cuts(List<String> pieces, String ellipsis) {
        List<String> cuts = new ArrayList<>();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < pieces.size() - 1; i++) {
            prefix.append(pieces.get(i));
            String candidate = prefix.toString().strip();
            if (!candidate.isEmpty()) {
                cuts.add(Sentences.endsSentence(candidate) ? candidate : trimClausePunctuation(candidate) + ellipsis);
            }
        }
        return cuts;
    }

    /** {@code 希望各方，} becomes {@code 希望各方} before the ellipsis is added. */
    private static String trimClausePunctuation(String text) {
        return text.replaceAll("[，、；：,;:]+$", "");
    }

    /**
     * The longest candidate that fits. Candidates grow in length, so the search halves the range; a
     * channel count that is not monotonic (a URL cut short may count more than a whole one) is caught by
     * checking the answer and stepping down from it.
     */
    private static Optional<String> longest(List<String> candidates, Predicate<String> fits) {
        int low = 0;
        int high = candidates.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (fits.test(candidates.get(middle))) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        for (int i = found; i >= 0; i--) {
            if (fits.test(candidates.get(i))) {
                return Optional.of(candidates.get(i));
            }
        }
        return Optional.empty();
    }
}

package org.pressdesk.connector.x;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextParser;
import java.util.List;
import org.pressdesk.connector.timeline.ComparableText;

/**
 * X's weighted length, computed by twitter-text exactly as X computes it: most Latin characters
 * count 1; CJK characters and emoji count 2 (an emoji sequence joined by ZWJ counts 2 as a whole);
 * every URL counts 23, however long; the text is NFC-normalised first.
 */
final class XLength {

    /** The weighted limit of one post, 280. */
    static final int MAX = TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG.getMaxWeightedTweetLength();

    private XLength() {
    }

    static int of(String text) {
        return TwitterTextParser.parseTweet(text).weightedLength;
    }

    /**
     * The comparable form of a text (see {@link ComparableText}), its links found as X finds them
     * (bare domains included), so that a post X shows with t.co links compares equal to what was sent.
     */
    static String comparable(String text) {
        List<int[]> links = new Extractor().extractURLsWithIndices(text).stream()
                .map(url -> new int[] {url.getStart(), url.getEnd()}).toList();
        return ComparableText.of(text, links);
    }

    /** The comparable form of a post's text as X lists it: HTML-escaped ({@code &amp;}), links on t.co. */
    static String comparableAsShown(String text) {
        return comparable(ComparableText.unescapeHtml(text));
    }
}

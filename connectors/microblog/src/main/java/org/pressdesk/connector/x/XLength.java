package org.pressdesk.connector.x;

import com.twitter.twittertext.TwitterTextParser;

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
}

package org.pressdesk.connector;

/** How a channel counts the length of a text. */
public enum LengthCounting {
    /** Unicode code points: one per character, emoji included (Mastodon). */
    CODE_POINTS,
    /** X's weighted count: CJK and emoji count 2, every URL 23 (twitter-text). */
    TWITTER_WEIGHTED,
    /** Weibo's count: a Chinese character is 1, two ASCII characters are 1, a link counts as a short URL. */
    WEIBO,
    /** Spoken time: the channel limits read-aloud seconds, not characters (radio). */
    READ_TIME_SECONDS,
    /** No limit worth counting (outbox files). */
    NONE
}

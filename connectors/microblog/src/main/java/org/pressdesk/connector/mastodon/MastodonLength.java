package org.pressdesk.connector.mastodon;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pressdesk.connector.timeline.ComparableText;

/**
 * Counts a text as a Mastodon server does before comparing it with {@code max_characters}: every
 * URL (found with the same twitter-text rules Mastodon uses, protocol required) counts as
 * {@code characters_reserved_per_url}, a remote mention {@code @user@example.org} counts as
 * {@code @user}, everything else by Unicode code point.
 *
 * <p>Mastodon itself counts grapheme clusters, which can only be fewer than code points (an emoji
 * joined with ZWJ is one grapheme, several code points), so this count never lets through a text
 * the server would refuse; it is what the SPI's {@code CODE_POINTS} counting promises.
 */
final class MastodonLength {

    /** Mastodon's {@code Account::MENTION_RE}: the username is group 1, the domain part is group 2. */
    private static final Pattern REMOTE_MENTION = Pattern.compile(
            "(?<![=/\\p{L}\\p{N}_])@([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)(@[\\p{L}\\p{N}_.\\-]+[\\p{L}\\p{N}_]+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private MastodonLength() {
    }

    static int of(String text, int charactersPerUrl) {
        Extractor extractor = new Extractor();
        extractor.setExtractURLWithoutProtocol(false);
        List<int[]> urls = new ArrayList<>();
        for (Extractor.Entity url : extractor.extractURLsWithIndices(text)) {
            urls.add(new int[] {url.getStart(), url.getEnd()});
        }
        int length = 0;
        int from = 0;
        for (int[] url : urls) {
            length += withoutMentionDomains(text.substring(from, url[0]));
            length += charactersPerUrl;
            from = url[1];
        }
        return length + withoutMentionDomains(text.substring(from));
    }

    /**
     * The comparable form of a text as sent (see {@link ComparableText}): remote mentions shortened to
     * {@code @user} as Mastodon displays them, links found as Mastodon links them.
     */
    static String comparable(String text) {
        String displayed = REMOTE_MENTION.matcher(text).replaceAll(mention -> Matcher.quoteReplacement("@" + mention.group(1)));
        return ComparableText.of(displayed, links(displayed));
    }

    /** The comparable form of a status's {@code content} as Mastodon renders it in HTML. */
    static String comparableAsShown(String content) {
        String text = ComparableText.htmlToText(content);
        return ComparableText.of(text, links(text));
    }

    private static List<int[]> links(String text) {
        Extractor extractor = new Extractor();
        extractor.setExtractURLWithoutProtocol(false);
        return extractor.extractURLsWithIndices(text).stream().map(url -> new int[] {url.getStart(), url.getEnd()}).toList();
    }

    private static int withoutMentionDomains(String text) {
        int length = text.codePointCount(0, text.length());
        Matcher mention = REMOTE_MENTION.matcher(text);
        while (mention.find()) {
            length -= mention.group(2).codePointCount(0, mention.group(2).length());
        }
        return length;
    }
}

package org.pressdesk.connector.weibo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts a text as Weibo counts it against its 140-character limit, following the rule of Weibo's
 * own composer: the text is measured in bytes where a character up to U+00FF is 1 and any other
 * UTF-16 unit is 2 (so a Chinese character is 2, an emoji outside the BMP is 4), and the length is
 * half that, rounded up. "Two ASCII characters make one".
 *
 * <p>Links are shortened to t.cn by Weibo, so a link counts as 20 bytes (10 characters) whatever its
 * length, up to 140 bytes; beyond that the excess counts too. Links on weibo.com / weibo.cn /
 * t.sina.com.cn / t.sina.cn that are at most 41 bytes long are not shortened and count as
 * themselves, and t.cn links are already short and count as themselves. The composer only knew
 * {@code http://}; {@code https://} links are shortened the same way today and are treated alike.
 * Line breaks count as one character ({@code \r\n} is one).
 */
final class WeiboLength {

    /** Weibo's limit for one post, in its own characters. */
    static final int MAX = 140;

    /** A link as Weibo's composer finds one (ASCII only, so a Chinese character right after it is not part of it). */
    static final Pattern URL = Pattern.compile(
            "https?://[a-zA-Z0-9]+(?:\\.[a-zA-Z0-9]+)+[-A-Za-z0-9_$.+!*()/,:;@&=?~#%]*");
    private static final Pattern WEIBO_HOST = Pattern.compile("https?://(?:t\\.sina\\.com\\.cn|t\\.sina\\.cn|weibo\\.com|weibo\\.cn)(?:[/:?#].*)?");
    private static final Pattern SHORT_LINK = Pattern.compile("https?://t\\.cn(?:/.*)?");
    private static final int SHORTENED_URL_BYTES = 20;
    private static final int MAX_UNSHORTENED_WEIBO_URL_BYTES = 41;
    private static final int MAX_SHORTENED_URL_BYTES = 140;

    private WeiboLength() {
    }

    static int of(String text) {
        String normalised = text.replace("\r\n", "\n");
        int bytes = 0;
        int plainFrom = 0;
        Matcher url = URL.matcher(normalised);
        while (url.find()) {
            bytes += bytes(normalised.substring(plainFrom, url.start()));
            bytes += urlBytes(url.group());
            plainFrom = url.end();
        }
        bytes += bytes(normalised.substring(plainFrom));
        return (bytes + 1) / 2;
    }

    private static int urlBytes(String url) {
        int bytes = bytes(url);
        String lower = url.toLowerCase(Locale.ROOT);
        if (SHORT_LINK.matcher(lower).matches()) {
            return bytes;
        }
        if (WEIBO_HOST.matcher(lower).matches() && bytes <= MAX_UNSHORTENED_WEIBO_URL_BYTES) {
            return bytes;
        }
        return bytes <= MAX_SHORTENED_URL_BYTES ? SHORTENED_URL_BYTES : bytes - MAX_SHORTENED_URL_BYTES + SHORTENED_URL_BYTES;
    }

    private static int bytes(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            bytes += text.charAt(i) <= 0xFF ? 1 : 2;
        }
        return bytes;
    }
}

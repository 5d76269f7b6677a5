package org.pressdesk.connector.weibo;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pressdesk.connector.timeline.ComparableText;

/**
 * The {@code status} sent to share.json: the text, plus a link on the app's safe domain when the
 * text has none, because share.json refuses a text without one ({@code 10017 text not find domain!}).
 */
final class WeiboStatusText {

    private static final Pattern URL = Pattern.compile("https?://[^\\s\\u3000]+", Pattern.CASE_INSENSITIVE);

    private WeiboStatusText() {
    }

    /** {@code text}, followed by a space and {@code link} unless it already links to the safe domain. */
    static String compose(String text, URI link, String safeDomain) {
        String trimmed = text.strip();
        return linksTo(trimmed, safeDomain) ? trimmed : trimmed + " " + link;
    }

    /** The comparable form of a status as sent (see {@link ComparableText}). */
    static String comparable(String status) {
        return ComparableText.of(status, WeiboLength.URL);
    }

    /** The comparable form of a status as Weibo lists it: links on t.cn, possibly HTML-escaped. */
    static String comparableAsShown(String text) {
        return comparable(ComparableText.unescapeHtml(text));
    }

    static boolean linksTo(String text, String safeDomain) {
        Matcher url = URL.matcher(text);
        while (url.find()) {
            try {
                if (isOnDomain(URI.create(url.group()), safeDomain)) {
                    return true;
                }
            } catch (IllegalArgumentException notAUri) {
                // text that merely looks like a link
            }
        }
        return false;
    }

    static boolean isOnDomain(URI link, String safeDomain) {
        String host = link.getHost();
        if (host == null || !("http".equalsIgnoreCase(link.getScheme()) || "https".equalsIgnoreCase(link.getScheme()))) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.equals(safeDomain) || host.endsWith("." + safeDomain);
    }
}

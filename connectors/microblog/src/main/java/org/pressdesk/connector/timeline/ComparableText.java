package org.pressdesk.connector.timeline;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a text as sent and the same text as a platform shows it back comparable. Platforms change
 * what they publish without changing what it says: they shorten every link (X to t.co, Weibo to
 * t.cn), escape or render HTML (Mastodon), normalise Unicode and tidy whitespace. So both sides are
 * NFC-normalised, every link becomes one mark, and whitespace and invisible format characters are
 * dropped. Two posts that differ only in a link's target or in spacing compare equal; the
 * reconciler treats two such candidates as ambiguous rather than guess.
 */
public final class ComparableText {

    /** What every link becomes. */
    public static final String LINK = "\uFFFC";

    private static final Pattern SPACE_OR_FORMAT = Pattern.compile("[\\s\\p{Z}\\p{Cf}]+");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern PARAGRAPH_END = Pattern.compile("(?i)</p>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

    private ComparableText() {
    }

    /**
     * The comparable form of a text whose links are at the given places.
     *
     * @param links start (inclusive) and end (exclusive) char index of every link, in order, not overlapping
     */
    public static String of(String text, List<int[]> links) {
        StringBuilder marked = new StringBuilder();
        int from = 0;
        for (int[] link : links) {
            marked.append(text, from, link[0]).append(LINK);
            from = link[1];
        }
        marked.append(text.substring(from));
        return SPACE_OR_FORMAT.matcher(Normalizer.normalize(marked, Normalizer.Form.NFC)).replaceAll("");
    }

    /** {@link #of(String, List)} with the links found by a pattern. */
    public static String of(String text, Pattern link) {
        Matcher matcher = link.matcher(text);
        List<int[]> links = new java.util.ArrayList<>();
        while (matcher.find()) {
            links.add(new int[] {matcher.start(), matcher.end()});
        }
        return of(text, links);
    }

    /** Text with HTML's character references ({@code &amp;}, {@code &#39;} …) resolved, as X and Weibo escape. */
    public static String unescapeHtml(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder plain = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(plain, Matcher.quoteReplacement(resolve(entity.group(1))));
        }
        entity.appendTail(plain);
        return plain.toString();
    }

    /** The text of an HTML fragment such as Mastodon's {@code content}: line breaks kept, tags dropped, references resolved. */
    public static String htmlToText(String html) {
        String text = BREAK.matcher(html).replaceAll("\n");
        text = PARAGRAPH_END.matcher(text).replaceAll("\n\n");
        return unescapeHtml(TAG.matcher(text).replaceAll(""));
    }

    private static String resolve(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00A0";
            default -> {
                int codePoint = entity.startsWith("#x") || entity.startsWith("#X")
                        ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
                yield Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\uFFFD";
            }
        };
    }
}

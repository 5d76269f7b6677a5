package org.pressdesk.dailyrun.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The transcript's paragraphs out of a page of the ministry's site, with jsoup: scripts, navigation,
 * search, share links, related-news lists, side columns and footers are removed (by tag, or by an id
 * or class naming them unless the element holds most of the page's questions and answers); the transcript is
 * then the smallest element holding the most question and answer markers, and its title
 * ({@code h1}, else {@code title}) is put before it for the date line.
 */
final class TranscriptPage {

    /** Elements that are never the transcript. */
    private static final String CHROME_TAGS = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, button, select, input";

    /** An id or class token naming site chrome ({@code nav}, {@code share-box}, {@code related_news}, …). */
    private static final Pattern CHROME_NAME = Pattern.compile("(?i)(?:^|[-_\\s])(?:nav|navbar|menu|header|footer|"
            + "foot|share|sharing|related|relate|breadcrumb|crumb|sidebar|side|aside|right|toolbar|tools|print|"
            + "copyright|search|logo|ad|ads|banner)(?:[-_\\s]|$)");

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "br", "tr", "td", "section", "article", "blockquote", "pre", "table", "dd", "dt");

    private TranscriptPage() {
    }

    static List<String> paragraphs(String html) {
        Document page = Jsoup.parse(html);
        page.select(CHROME_TAGS).remove();
        int all = markers(page.body());
        for (Element element : page.body().getAllElements()) {
            // A name is only a hint: an element holding most of the questions and answers is the transcript's.
            if (element != page.body() && (CHROME_NAME.matcher(element.id()).find()
                    || CHROME_NAME.matcher(element.className()).find()) && markers(element) * 2 <= all) {
                element.remove();
            }
        }
        Element transcript = transcriptElement(page.body());
        List<String> paragraphs = new ArrayList<>();
        Element title = page.body().selectFirst("h1");
        if (title != null && !transcript.getAllElements().contains(title)) {
            paragraphs.add(title.text());
        } else if (title == null && !page.title().isBlank()) {
            paragraphs.add(page.title());
        }
        paragraphs.addAll(blocks(transcript));
        return paragraphs;
    }

    private static Element transcriptElement(Element body) {
        Element best = body;
        int bestMarkers = markers(body);
        int bestLength = body.text().length();
        for (Element element : body.getAllElements()) {
            int markers = markers(element);
            int length = element.text().length();
            if (markers > 0 && (markers > bestMarkers || markers == bestMarkers && length < bestLength)) {
                best = element;
                bestMarkers = markers;
                bestLength = length;
            }
        }
        return best;
    }

    private static int markers(Element element) {
        int count = 0;
        for (String block : blocks(element)) {
            count += TranscriptText.markerCount(block);
        }
        return count;
    }

    /** The element's text in blocks, one per paragraph, line break or list item. */
    private static List<String> blocks(Element element) {
        StringBuilder text = new StringBuilder();
        element.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.getWholeText().replace('\n', ' ').replace('\r', ' '));
                } else if (node instanceof Element block && BLOCKS.contains(block.normalName())) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element block && BLOCKS.contains(block.normalName())) {
                    text.append('\n');
                }
            }
        });
        return text.toString().lines().map(TranscriptText::clean).filter(line -> !line.isEmpty()).toList();
    }
}

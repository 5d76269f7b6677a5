package org.pressdesk.connector.weibo;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.HashtagStyle;
import org.pressdesk.connector.Medium;
import org.pressdesk.connector.TemplateHints;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.LengthRules;
import org.pressdesk.connector.Violation;
import org.pressdesk.connector.dryrun.PlatformRules;

/**
 * Weibo's rules for one account, shared by the connector and its dry run: 140 as Weibo counts,
 * including the safe-domain link added to a post without one; no {@code #topic#} tags and no
 * threads through share.json.
 *
 * @param safeDomain  the app's safe domain
 * @param defaultLink the link added to a post whose content brings none on the safe domain
 */
record WeiboRules(String safeDomain, URI defaultLink) implements PlatformRules {

    static final String TOPIC_TAG = "topic-tag";

    /** Microblog templates without hashtags: {@code share.json} refuses {@code #topic#} tags (see {@link #validate}). */
    static final TemplateHints TEMPLATE_HINTS = new TemplateHints(Medium.MICROBLOG, HashtagStyle.NONE);

    static final Capabilities CAPABILITIES =
            new Capabilities(WeiboLength.MAX, LengthCounting.WEIBO, false, false, Duration.ZERO, true);
    private static final Pattern TOPIC = Pattern.compile("#[^#\\s]+#");

    /** The rules of an account in dry-run mode: only {@code safe-domain} and {@code default-link} matter. */
    static WeiboRules from(ChannelAccount account) {
        String safeDomain = WeiboSettings.safeDomain(account);
        return new WeiboRules(safeDomain, WeiboSettings.defaultLink(account, safeDomain));
    }

    @Override
    public String platform() {
        return "Weibo";
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    /**
     * The length of the post as it will be published: the text plus the safe-domain link added when
     * it has none (any link up to 140 bytes counts 10, so the default link stands for them all).
     */
    @Override
    public int length(String text) {
        return WeiboLength.of(WeiboStatusText.compose(text, defaultLink, safeDomain));
    }


    @Override
    public TemplateHints templateHints() {
        return TEMPLATE_HINTS;
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        URI link = linkFor(content.link());
        List<Violation> violations = new ArrayList<>(LengthRules.check(content, CAPABILITIES,
                part -> WeiboLength.of(WeiboStatusText.compose(part, link, safeDomain))));
        for (int part = 0; part < content.parts().size(); part++) {
            Matcher topic = TOPIC.matcher(content.parts().get(part));
            if (topic.find()) {
                violations.add(new Violation(TOPIC_TAG, "share.json refuses #topic# tags such as " + topic.group()
                        + "; remove the # marks", part));
            }
        }
        return violations;
    }

    /** The {@code status} share.json receives for one part: the text plus the safe-domain link when it has none. */
    String status(String part, URI contentLink) {
        return WeiboStatusText.compose(part, linkFor(contentLink), safeDomain);
    }

    /** The content's own link when it is on the safe domain, otherwise the configured default link. */
    URI linkFor(URI contentLink) {
        return contentLink != null && WeiboStatusText.isOnDomain(contentLink, safeDomain) ? contentLink : defaultLink;
    }
}

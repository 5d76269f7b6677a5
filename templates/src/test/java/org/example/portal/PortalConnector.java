package org.example.portal;

import java.util.List;
import org.pressdesk.connector.Audience;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.HashtagStyle;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.LengthRules;
import org.pressdesk.connector.Medium;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.TemplateHints;
import org.pressdesk.connector.Violation;

/**
 * A connector as a third party would ship it in a jar of its own (hence a package outside Pressdesk's): a
 * mission's web site, which the templates module has never heard of by type, asking for web articles and
 * {@code #話題#} hashtags through the SPI alone.
 */
public final class PortalConnector implements Connector {

    /** Its connector type id: nothing in the templates module knows it. */
    public static final String TYPE = "example-portal";

    private static final Capabilities CAPABILITIES =
            new Capabilities(0, LengthCounting.NONE, false, true, Capabilities.KEY_KEPT_FOREVER, false);

    private final String channelId;

    public PortalConnector(String channelId) {
        this.channelId = channelId;
    }

    @Override
    public String channelId() {
        return channelId;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public TemplateHints templateHints() {
        return new TemplateHints(Medium.WEB, HashtagStyle.PAIRED);
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        return LengthRules.check(content, CAPABILITIES, this::length);
    }

    @Override
    public PublishReceipt publish(ChannelContent content, String idempotencyKey) {
        throw new UnsupportedOperationException("only rendered for in these tests");
    }

    @Override
    public Audience audience() {
        return Audience.NONE;
    }
}

package org.pressdesk.connector.x;

import java.time.Duration;
import java.util.List;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.LengthRules;
import org.pressdesk.connector.Violation;
import org.pressdesk.connector.dryrun.PlatformRules;

/** X's rules, shared by the connector and its dry run: 280 as twitter-text weighs it, threads, no media, no keys. */
final class XRules implements PlatformRules {

    static final XRules INSTANCE = new XRules();

    static final Capabilities CAPABILITIES =
            new Capabilities(XLength.MAX, LengthCounting.TWITTER_WEIGHTED, true, false, Duration.ZERO, true);

    private XRules() {
    }

    @Override
    public String platform() {
        return "X";
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    /** X's weighted length (twitter-text): CJK and emoji 2, URLs 23, everything else mostly 1. */
    @Override
    public int length(String text) {
        return XLength.of(text);
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        return LengthRules.check(content, CAPABILITIES, XLength::of);
    }
}

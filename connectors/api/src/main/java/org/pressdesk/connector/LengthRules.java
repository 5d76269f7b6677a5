package org.pressdesk.connector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** The checks every connector makes: no empty part, no part over the channel's limit. */
public final class LengthRules {

    private LengthRules() {
    }

    /**
     * @param content      what to check
     * @param capabilities the channel's limit and counting
     * @param length       the channel's own way of measuring one part
     */
    public static List<Violation> check(ChannelContent content, Capabilities capabilities,
                                        ToIntFunction<String> length) {
        List<Violation> violations = new ArrayList<>();
        if (content.isThread() && !capabilities.threads()) {
            violations.add(new Violation("no-threads", "this channel cannot publish a thread of "
                    + content.parts().size() + " parts", -1));
        }
        for (int part = 0; part < content.parts().size(); part++) {
            String text = content.parts().get(part);
            if (text.isBlank()) {
                violations.add(new Violation(Violation.EMPTY, "text is empty", part));
                continue;
            }
            int measured = length.applyAsInt(text);
            if (capabilities.limitsLength() && measured > capabilities.maxLength()) {
                violations.add(Violation.tooLong(part, measured, capabilities.maxLength(),
                        capabilities.lengthCounting()));
            }
        }
        return violations;
    }

    /** Unicode code points, as Mastodon and plain files count. */
    public static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }
}

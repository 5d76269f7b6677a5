package org.pressdesk.template;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the renderer does when a rendered text is longer than the channel allows.
 *
 * <p>Without a {@code length-policy} setting a channel gets {@link #THREAD} when it can thread,
 * {@link #REPORT} when it counts read-aloud time (a radio item is shortened by an editor, not cut),
 * and {@link #TRUNCATE_WITH_LINK} otherwise.
 */
public enum LengthPolicy {

    /** Split at sentence boundaries (。！？.!?) into parts numbered (1/3), (2/3) … */
    THREAD("thread"),
    /**
     * Shorten the main text (a spokesperson's answer, a post's body) until the whole rendering fits, and
     * end it with the link to the full text. Without a link the result carries a {@code missing-link}
     * violation: the office does not publish a cut statement nobody can read in full.
     */
    TRUNCATE_WITH_LINK("truncate-with-link"),
    /** Leave the text as it is; the channel's {@code too-long} violation stands until someone edits it. */
    REPORT("report");

    private final String setting;

    LengthPolicy(String setting) {
        this.setting = setting;
    }

    /** The value of a channel's {@code length-policy} setting that selects this policy. */
    public String setting() {
        return setting;
    }

    /** Reads a {@code length-policy} setting; {@code truncate} is accepted for {@link #TRUNCATE_WITH_LINK}. */
    public static Optional<LengthPolicy> fromSetting(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("truncate")) {
            return Optional.of(TRUNCATE_WITH_LINK);
        }
        return Arrays.stream(values()).filter(policy -> policy.setting.equals(wanted)).findFirst();
    }
}

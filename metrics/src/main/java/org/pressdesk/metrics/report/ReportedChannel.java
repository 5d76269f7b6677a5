package org.pressdesk.metrics.report;

import java.util.Objects;

/**
 * A channel account as reports name it.
 *
 * @param id          the channel id
 * @param type        its connector type ({@code weibo}, {@code x}, {@code radio-script} …)
 * @param displayName the name staff recognise
 */
public record ReportedChannel(String id, String type, String displayName) {

    /** The connector type of the radio-script channel, whose report adds episodes and minutes on air. */
    public static final String RADIO_TYPE = "radio-script";

    public ReportedChannel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        displayName = displayName == null || displayName.isBlank() ? id : displayName;
    }

    public boolean isRadio() {
        return RADIO_TYPE.equals(type);
    }
}

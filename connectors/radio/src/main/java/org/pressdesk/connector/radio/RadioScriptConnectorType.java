package org.pressdesk.connector.radio;

import java.time.Clock;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.ConnectorType;
import org.pressdesk.connector.InvalidChannelConfigurationException;

/**
 * {@code type: radio-script}: a radio segment whose episodes are written as scripts into a delivery folder.
 * Required settings: {@code programme}, {@code segment}, {@code weekdays}, {@code air-time}, {@code folder};
 * optional: {@code station}, {@code slug}, {@code zone}, {@code slot-length}, {@code closes-before-air},
 * {@code language}, {@code chinese-chars-per-minute}, {@code english-words-per-minute}, {@code intro},
 * {@code outro}, {@code audio-preview}, {@code espeak-command}, {@code espeak-voice} (templates/README.md
 * describes each).
 */
public final class RadioScriptConnectorType implements ConnectorType {

    public static final String ID = "radio-script";

    private final Clock clock;

    public RadioScriptConnectorType(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Connector create(ChannelAccount account) {
        RadioSegment segment = RadioSegment.from(account);
        try {
            return new RadioScriptConnector(segment, clock);
        } catch (IllegalArgumentException e) {
            throw new InvalidChannelConfigurationException(account.id(), e.getMessage());
        }
    }
}

package org.pressdesk.connector.radio;

import java.time.Clock;
import java.time.ZoneId;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.ConnectorType;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.connector.OfficeZone;

/**
 * {@code type: radio-script}: a radio segment whose episodes are written as scripts into a delivery folder.
 * Required settings: {@code programme}, {@code segment}, {@code weekdays}, {@code air-time}, {@code folder};
 * optional: {@code station}, {@code slug}, {@code zone}, {@code slot-length}, {@code closes-before-air},
 * {@code language}, {@code chinese-chars-per-minute}, {@code english-words-per-minute}, {@code intro},
 * {@code outro}, {@code audio-preview}, {@code espeak-command}, {@code espeak-voice} (templates/README.md
 * describes each). A segment without a {@code zone} airs in the office's zone.
 */
public final class RadioScriptConnectorType implements ConnectorType {

    public static final String ID = "radio-script";

    private final Clock clock;
    private final ZoneId officeZone;

    /** A type whose segments air in {@link OfficeZone#DEFAULT} unless their {@code zone} says otherwise. */
    public RadioScriptConnectorType(Clock clock) {
        this(clock, OfficeZone.DEFAULT.zone());
    }

    /**
     * @param clock      the source of time
     * @param officeZone where a segment airs unless its {@code zone} setting says otherwise
     */
    public RadioScriptConnectorType(Clock clock, ZoneId officeZone) {
        this.clock = clock;
        this.officeZone = officeZone;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Connector create(ChannelAccount account) {
        RadioSegment segment = RadioSegment.from(account, officeZone);
        try {
            return new RadioScriptConnector(segment, clock);
        } catch (IllegalArgumentException e) {
            throw new InvalidChannelConfigurationException(account.id(), e.getMessage());
        }
    }
}

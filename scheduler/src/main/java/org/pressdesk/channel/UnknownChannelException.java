package org.pressdesk.channel;

import java.util.Collection;
import org.pressdesk.system.InvalidFieldException;

/** A request names a channel account that is not configured; answered with 400 and the field named. */
public class UnknownChannelException extends InvalidFieldException {

    private final String channelId;

    /** For a request whose field {@code channel} names the unknown channel. */
    public UnknownChannelException(String channelId, Collection<String> known) {
        this("channel", channelId, known);
    }

    public UnknownChannelException(String field, String channelId, Collection<String> known) {
        super("unknown-channel", "Unknown channel", field,
                "Unknown channel '" + channelId + "'; configured channels: " + known);
        this.channelId = channelId;
    }

    public String channelId() {
        return channelId;
    }
}

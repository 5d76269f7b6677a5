package org.pressdesk.channel;

import java.util.Collection;

/** A post names a channel account that is not configured. */
public class UnknownChannelException extends RuntimeException {

    private final String channelId;

    public UnknownChannelException(String channelId, Collection<String> known) {
        super("Unknown channel '" + channelId + "'; configured channels: " + known);
        this.channelId = channelId;
    }

    public String channelId() {
        return channelId;
    }
}

package org.pressdesk.connector;

/** A channel account's configuration cannot produce a working connector; start-up stops with this message. */
public class InvalidChannelConfigurationException extends RuntimeException {

    private final String channelId;

    public InvalidChannelConfigurationException(String channelId, String problem) {
        super("Channel '" + channelId + "': " + problem);
        this.channelId = channelId;
    }

    public String channelId() {
        return channelId;
    }
}

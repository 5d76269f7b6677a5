package org.pressdesk.channel;

/** A stored credential that the configured key cannot open; the message names the channel and credential only. */
public class CredentialUnreadableException extends RuntimeException {

    public CredentialUnreadableException(String channelId, String name, String why) {
        super("Stored credential '" + name + "' of channel '" + channelId + "' cannot be read: " + why);
    }
}

package org.pressdesk.slot;

/** A channel asked for its next slot has no slots configured ({@code pressdesk.slots.<channel>}). */
public class NoSlotsException extends RuntimeException {

    private final String channel;

    public NoSlotsException(String channel) {
        super("channel '" + channel + "' has no posting slots (pressdesk.slots." + channel
                + "); give a time instead of next-slot");
        this.channel = channel;
    }

    public String channel() {
        return channel;
    }
}

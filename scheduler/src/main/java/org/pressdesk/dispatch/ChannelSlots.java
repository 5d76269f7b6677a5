package org.pressdesk.dispatch;

import java.util.HashMap;
import java.util.Map;

/** How many calls each channel has in flight on this node, so that no channel takes more than its share. */
final class ChannelSlots {

    private final int perChannel;
    private final Map<String, Integer> taken = new HashMap<>();

    ChannelSlots(int perChannel) {
        this.perChannel = perChannel;
    }

    /** Takes a slot of the channel's share; false when the share is used up. */
    synchronized boolean tryTake(String channelId) {
        int inUse = taken.getOrDefault(channelId, 0);
        if (inUse >= perChannel) {
            return false;
        }
        taken.put(channelId, inUse + 1);
        return true;
    }

    synchronized void release(String channelId) {
        taken.computeIfPresent(channelId, (id, inUse) -> inUse == 1 ? null : inUse - 1);
    }
}

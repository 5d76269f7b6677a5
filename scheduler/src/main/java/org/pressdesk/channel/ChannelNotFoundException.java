package org.pressdesk.channel;

import java.util.Collection;
import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** An address names a channel that is not configured: 404. */
public class ChannelNotFoundException extends ProblemException {

    public ChannelNotFoundException(String channelId, Collection<String> known) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "No channel '" + channelId + "'; configured channels: " + known);
    }
}

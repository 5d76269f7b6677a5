package org.pressdesk.channel;

import java.util.List;
import org.pressdesk.connector.Capabilities;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lists the configured channel accounts, so clients can offer them when composing a post. */
@RestController
@RequestMapping("/api/channels")
class ChannelController {

    private final ChannelRegistry channels;

    ChannelController(ChannelRegistry channels) {
        this.channels = channels;
    }

    @GetMapping
    List<ChannelView> list() {
        return channels.accounts().stream()
                .map(account -> new ChannelView(account.id(), account.type(), account.displayName(),
                        channels.require(account.id()).capabilities()))
                .toList();
    }

    record ChannelView(String id, String type, String displayName, Capabilities capabilities) {
    }
}

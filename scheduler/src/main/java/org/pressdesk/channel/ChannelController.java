package org.pressdesk.channel;

import java.util.List;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.LengthCounting;
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
                        CapabilitiesView.of(channels.require(account.id()).capabilities())))
                .toList();
    }

    record ChannelView(String id, String type, String displayName, CapabilitiesView capabilities) {
    }

    /**
     * What a client composing a post needs of a channel's {@link Capabilities}, as the API has always
     * shown it; how long a key is honoured is the dispatcher's business.
     */
    record CapabilitiesView(int maxLength, LengthCounting lengthCounting, boolean threads, boolean media,
                            boolean idempotentPublish, boolean audience) {

        static CapabilitiesView of(Capabilities capabilities) {
            return new CapabilitiesView(capabilities.maxLength(), capabilities.lengthCounting(), capabilities.threads(),
                    capabilities.media(), capabilities.idempotentPublish(), capabilities.audience());
        }
    }
}

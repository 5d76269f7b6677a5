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
     * A channel's capabilities as clients read them.
     *
     * @param idempotencyWindow how long the channel honours an idempotency key: an ISO-8601 duration, {@code forever},
     *                          or null when it has no keys
     */
    record CapabilitiesView(int maxLength, LengthCounting lengthCounting, boolean threads, boolean media,
                            boolean idempotentPublish, String idempotencyWindow, boolean audience) {

        static CapabilitiesView of(Capabilities capabilities) {
            String window = !capabilities.idempotentPublish() ? null
                    : capabilities.idempotencyWindow().equals(Capabilities.KEY_KEPT_FOREVER) ? "forever"
                    : capabilities.idempotencyWindow().toString();
            return new CapabilitiesView(capabilities.maxLength(), capabilities.lengthCounting(), capabilities.threads(),
                    capabilities.media(), capabilities.idempotentPublish(), window, capabilities.audience());
        }
    }
}

package org.pressdesk.channel;

import java.time.Duration;
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
     * @param idempotencyWindow how long the channel honours an idempotency key (ISO-8601); null when it never
     *                          forgets one or has none (see {@code idempotentPublish})
     */
    record CapabilitiesView(int maxLength, LengthCounting lengthCounting, boolean threads, boolean media,
                            boolean idempotentPublish, Duration idempotencyWindow, boolean audience) {

        static CapabilitiesView of(Capabilities capabilities) {
            Duration window = capabilities.idempotencyWindow();
            boolean bounded = capabilities.idempotentPublish() && !window.equals(Capabilities.KEY_KEPT_FOREVER);
            return new CapabilitiesView(capabilities.maxLength(), capabilities.lengthCounting(), capabilities.threads(),
                    capabilities.media(), capabilities.idempotentPublish(), bounded ? window : null,
                    capabilities.audience());
        }
    }
}

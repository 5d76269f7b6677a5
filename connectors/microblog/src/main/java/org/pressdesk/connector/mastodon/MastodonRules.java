package org.pressdesk.connector.mastodon;

import java.util.List;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.LengthRules;
import org.pressdesk.connector.Violation;
import org.pressdesk.connector.dryrun.PlatformRules;

/**
 * A Mastodon instance's rules, shared by the connector and its dry run: its {@code max_characters}
 * counted by code point with every URL at {@code characters_reserved_per_url}, threads, no media.
 */
final class MastodonRules implements PlatformRules {

    private final MastodonInstanceLimits.Limits limits;
    private final Capabilities capabilities;

    MastodonRules(MastodonInstanceLimits.Limits limits) {
        this.limits = limits;
        this.capabilities = new Capabilities(limits.maxCharacters(), LengthCounting.CODE_POINTS, true, false,
                MastodonClient.IDEMPOTENCY_KEY_KEPT, true);
    }

    @Override
    public String platform() {
        return "Mastodon";
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    /** Code points, with every URL counted as the instance's {@code characters_reserved_per_url}. */
    @Override
    public int length(String text) {
        return MastodonLength.of(text, limits.charactersReservedPerUrl());
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        return LengthRules.check(content, capabilities, this::length);
    }
}

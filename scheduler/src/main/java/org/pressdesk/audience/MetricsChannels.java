package org.pressdesk.audience;

import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.channel.UnknownChannelException;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.metrics.report.ReportedChannel;
import org.pressdesk.system.InvalidFieldException;
import org.springframework.stereotype.Component;

/** The channel a metrics request names: configured, and of the kind the figure belongs to. */
@Component
class MetricsChannels {

    private final ChannelRegistry channels;
    private final FollowerCollector followers;

    MetricsChannels(ChannelRegistry channels, FollowerCollector followers) {
        this.channels = channels;
        this.followers = followers;
    }

    /** @throws UnknownChannelException when no configured channel has that id */
    String configured(String field, String typed) {
        return channels.idOf(typed).orElseThrow(() -> new UnknownChannelException(field, typed, channels.ids()));
    }

    /** A configured channel whose connector reads followers. */
    String withFollowers(String field, String typed) {
        String id = configured(field, typed);
        if (!followers.hasFollowers(id)) {
            throw new InvalidFieldException(field, "channel '" + id + "' has no follower count to read"
                    + (isRadio(id) ? "; enter its listeners through /api/metrics/listeners" : ""));
        }
        return id;
    }

    /** A configured channel other than a radio segment: one whose followers staff may enter by hand. */
    String followerAccount(String field, String typed) {
        String id = configured(field, typed);
        if (isRadio(id)) {
            throw new InvalidFieldException(field, "channel '" + id + "' is a radio segment, which has listeners, not"
                    + " followers; enter them through /api/metrics/listeners");
        }
        return id;
    }

    /** A configured radio-script channel. */
    String radio(String field, String typed) {
        String id = configured(field, typed);
        if (!isRadio(id)) {
            throw new InvalidFieldException(field, "channel '" + id + "' is not a radio segment; listener figures are"
                    + " for radio, other channels' followers are read from the platform");
        }
        return id;
    }

    private boolean isRadio(String id) {
        return channels.accounts().stream().filter(account -> account.id().equals(id)).map(ChannelAccount::type)
                .anyMatch(ReportedChannel.RADIO_TYPE::equals);
    }
}

package org.pressdesk.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.radio.Airing;
import org.pressdesk.connector.radio.QueuedItem;
import org.pressdesk.connector.radio.RadioScriptConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The radio channels' episodes, from each segment's air schedule, with the items queued in each. */
@Component
class RadioEpisodes {

    private static final Logger log = LoggerFactory.getLogger(RadioEpisodes.class);

    private final ChannelRegistry channels;

    RadioEpisodes(ChannelRegistry channels) {
        this.channels = channels;
    }

    /**
     * One episode on air.
     *
     * @param items the titles of the items queued in it, in running order (published to the channel already)
     */
    record Episode(String channel, LocalDate date, ZonedDateTime airsAt, List<String> items) {
    }

    /** The episodes airing on the days from {@code first} to {@code last}, on one channel or (null) every radio channel. */
    List<Episode> between(LocalDate first, LocalDate last, String channel) {
        List<Episode> episodes = new ArrayList<>();
        for (String id : channels.ids()) {
            Connector connector = channels.require(id);
            if ((channel != null && !channel.equals(id)) || !(connector instanceof RadioScriptConnector radio)) {
                continue;
            }
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                Airing airing = radio.schedule().airingOn(day);
                if (airing != null) {
                    episodes.add(new Episode(id, day, airing.airsAt(), items(radio, day)));
                }
            }
        }
        return episodes;
    }

    private static List<String> items(RadioScriptConnector radio, LocalDate day) {
        try {
            return radio.episodeItems(day).stream().map(QueuedItem::title).toList();
        } catch (IOException | UncheckedIOException e) {
            // The calendar still shows the episode; its script folder is the radio desk's to look at.
            log.warn("Cannot read the items of {}'s episode of {}: {}", radio.channelId(), day, e.getMessage());
            return List.of();
        }
    }
}

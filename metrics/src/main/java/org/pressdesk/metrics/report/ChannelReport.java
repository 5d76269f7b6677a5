package org.pressdesk.metrics.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Every channel account's figures for one period: what {@code GET /api/reports/channels} answers and
 * what the disclosure report is drafted from.
 *
 * @param period      the office-zone dates covered
 * @param zone        the office zone the dates are in
 * @param generatedAt when it was computed
 * @param channels    one entry per channel account, by channel id; a channel without any data in the
 *                    period still has its (zero) entry when it is configured
 */
public record ChannelReport(ReportPeriod period, ZoneId zone, Instant generatedAt,
                            List<ChannelAccountReport> channels) {

    public ChannelReport {
        channels = List.copyOf(channels);
    }

    public Optional<ChannelAccountReport> channel(String channelId) {
        return channels.stream().filter(channel -> channel.channelId().equals(channelId)).findFirst();
    }

    /** Whether nothing at all was recorded in the period. */
    public boolean isEmpty() {
        return channels.stream().allMatch(ChannelAccountReport::isEmpty);
    }
}

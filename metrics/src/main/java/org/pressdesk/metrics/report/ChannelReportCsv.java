package org.pressdesk.metrics.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pressdesk.content.ContentKind;

/**
 * A channel report as CSV that spreadsheets open with Chinese text intact: UTF-8 with a byte-order mark,
 * CRLF line ends, RFC 4180 quoting, one row per channel account. A cell that a spreadsheet would run as a
 * formula (starting with {@code = + - @}) is prefixed with an apostrophe. Top posts are in the JSON only.
 */
public final class ChannelReportCsv {

    /** The byte-order mark that tells spreadsheets the file is UTF-8. */
    public static final String BOM = "\uFEFF";

    private ChannelReportCsv() {
    }

    /** The whole file, BOM included. */
    public static String write(ChannelReport report) {
        StringBuilder csv = new StringBuilder(BOM);
        List<String> header = new ArrayList<>(List.of("from", "to", "channel", "type", "display_name", "published",
                "failed", "outcome_unknown", "withdrawn", "success_rate", "lag_p50_seconds", "lag_p95_seconds", "followers_start",
                "followers_end", "net_growth", "peak_day", "peak_day_published", "posts_with_engagement", "likes",
                "reposts", "replies", "impressions", "radio_episodes", "radio_items", "radio_minutes_on_air",
                "radio_average_listeners_per_episode"));
        for (ContentKind kind : ContentKind.values()) {
            header.add("published_" + kind.name().toLowerCase());
        }
        line(csv, header);
        for (ChannelAccountReport channel : report.channels()) {
            List<Object> row = new ArrayList<>();
            row.add(report.period().from());
            row.add(report.period().to());
            row.add(channel.channelId());
            row.add(channel.channelType());
            row.add(channel.displayName());
            row.add(channel.published());
            row.add(channel.failed());
            row.add(channel.outcomeUnknown());
            row.add(channel.withdrawn());
            row.add(channel.successRate() == null ? null
                    : BigDecimal.valueOf(channel.successRate()).setScale(4, RoundingMode.HALF_UP));
            row.add(seconds(channel.lagP50()));
            row.add(seconds(channel.lagP95()));
            ChannelAccountReport.Followers followers = channel.followers();
            row.add(followers == null ? null : followers.atStart());
            row.add(followers == null ? null : followers.atEnd());
            row.add(followers == null ? null : followers.netGrowth());
            row.add(channel.peakDay() == null ? null : channel.peakDay().date());
            row.add(channel.peakDay() == null ? null : channel.peakDay().published());
            row.add(channel.engagement().postsRead());
            row.add(channel.engagement().likes());
            row.add(channel.engagement().reposts());
            row.add(channel.engagement().replies());
            row.add(channel.engagement().impressions());
            ChannelAccountReport.RadioFigures radio = channel.radio();
            row.add(radio == null ? null : radio.episodes());
            row.add(radio == null ? null : radio.items());
            row.add(radio == null ? null : radio.minutesOnAir());
            row.add(radio == null ? null : radio.averageListenersPerEpisode());
            for (ContentKind kind : ContentKind.values()) {
                row.add(channel.publishedByKind().getOrDefault(kind, 0L));
            }
            line(csv, row);
        }
        return csv.toString();
    }

    private static BigDecimal seconds(Duration duration) {
        return duration == null ? null : BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros();
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}

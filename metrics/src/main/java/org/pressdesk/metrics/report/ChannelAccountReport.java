package org.pressdesk.metrics.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.pressdesk.content.ContentKind;

/**
 * One channel account's figures for a period. Each publishing target counts once, by its latest outcome,
 * on the office-zone date that outcome was reached.
 *
 * @param channelId       the channel account
 * @param channelType     its connector type
 * @param displayName     the name staff recognise
 * @param publishedByKind published posts per content kind (kinds with none left out)
 * @param published       targets published
 * @param failed          targets failed
 * @param outcomeUnknown  targets whose outcome is still unknown
 * @param withdrawn       targets published and later withdrawn (counted on the day they went out, not in published)
 * @param successRate     (published + withdrawn) / (published + withdrawn + failed + unknown), 0–1; null when
 *                        there were none
 * @param lagP50          median time from due to published, withdrawn ones included; null without publications
 *                        that had a due time
 * @param lagP95          95th percentile of that time; null likewise
 * @param followers       the follower count at the start and end of the period; null for channels without
 *                        followers (radio, outbox) or without any snapshot up to the period's end
 * @param peakDay         the day with the most publications; null without publications
 * @param engagement      totals over the period's published posts, from each post's latest read
 * @param topPosts        the most engaged-with posts (up to {@link ChannelReports#TOP_POSTS}), most first
 * @param radio           episodes, items and minutes on air for a radio channel; null for other channels
 * @param months          per month of the period: publications and followers at its end (for charts)
 */
public record ChannelAccountReport(String channelId, String channelType, String displayName,
                                   Map<ContentKind, Long> publishedByKind, long published, long failed,
                                   long outcomeUnknown, long withdrawn, Double successRate, Duration lagP50, Duration lagP95,
                                   Followers followers, PeakDay peakDay, EngagementTotals engagement,
                                   List<TopPost> topPosts, RadioFigures radio, List<MonthFigures> months) {

    public ChannelAccountReport {
        publishedByKind = Map.copyOf(publishedByKind);
        topPosts = List.copyOf(topPosts);
        months = List.copyOf(months);
    }

    /** Whether the period holds nothing for this account: no outcomes, snapshots, engagement or radio figures. */
    public boolean isEmpty() {
        return published + failed + outcomeUnknown + withdrawn == 0 && followers == null && engagement.postsRead() == 0
                && (radio == null || radio.episodes() == 0 && radio.listenerFigures() == 0);
    }

    /**
     * Followers at the period's start and end.
     *
     * @param atStart   the last snapshot on or before the first day, or the first one in the period when the
     *                  account has none before (an account opened during the period)
     * @param startDate the date of that snapshot
     * @param atEnd     the last snapshot on or before the last day
     * @param endDate   the date of that snapshot
     */
    public record Followers(long atStart, LocalDate startDate, long atEnd, LocalDate endDate) {

        /** atEnd − atStart. */
        public long netGrowth() {
            return atEnd - atStart;
        }
    }

    /** The day with the most publications (the earliest of equal days). */
    public record PeakDay(LocalDate date, long published) {
    }

    /**
     * Engagement summed over the period's published posts.
     *
     * @param postsRead   how many of them had their engagement read
     * @param impressions null when the channel gives none
     */
    public record EngagementTotals(long postsRead, long likes, long reposts, long replies, Long impressions) {

        public static final EngagementTotals NONE = new EngagementTotals(0, 0, 0, 0, null);
    }

    /**
     * One of the most engaged-with posts (ranked by likes + reposts + replies).
     *
     * @param url null when the channel gave none
     */
    public record TopPost(long postId, long targetId, String title, LocalDate date, String url, long likes,
                          long reposts, long replies, Long impressions) {
    }

    /**
     * What a radio segment carried.
     *
     * @param episodes                   episodes with a listener figure entered for them
     * @param items                      items published to the segment (queued into an episode)
     * @param minutesOnAir               minutes on air: the episodes' figures, or the months' where no episode has one
     * @param listenerFigures            how many listener figures (episodes and months) were entered
     * @param averageListenersPerEpisode null without episode figures
     */
    public record RadioFigures(long episodes, long items, long minutesOnAir, long listenerFigures,
                               Long averageListenersPerEpisode) {
    }

    /**
     * One month of the period (for charts).
     *
     * @param published      publications that month
     * @param followersAtEnd the last snapshot on or before the month's end (within the period); null without one
     */
    public record MonthFigures(YearMonth month, long published, Long followersAtEnd) {
    }
}

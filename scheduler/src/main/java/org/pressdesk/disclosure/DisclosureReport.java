package org.pressdesk.disclosure;

import java.math.BigDecimal;
import java.util.List;
import org.pressdesk.dailyrun.DailyRunFigures;
import org.pressdesk.officefigures.OfficeFigure;
import org.pressdesk.officefigures.YearFigures;

/**
 * A year's information-disclosure report as drafted from the records, in the structure of the
 * ministry's report: overview; proactive disclosure (portal, channels, press conferences, public
 * diplomacy, archives); requests; fees; reviews and litigation; problems and improvements. A figure
 * nobody recorded is null, so the page can say so instead of printing a zero.
 *
 * @param year     the reporting year (1 January – 31 December)
 * @param channels the channel accounts with anything recorded in the year
 * @param figures  the office figures entered for the year
 * @param remarks  section 六 as staff wrote it in the report's language; null when not written yet
 * @param runs     what the daily publishing runs imported in the year, counted from their records
 */
public record DisclosureReport(int year, List<ChannelLine> channels, YearFigures figures, DisclosureRemarks remarks,
                               DailyRunFigures.Figures runs) {

    /**
     * One channel account's year.
     *
     * @param followersAtEnd followers at the end of the year; null for a channel without a follower count
     * @param followersGrowth growth over the year; null likewise
     * @param radio          the radio segment's figures; null for other channels
     */
    public record ChannelLine(String channelId, String displayName, long published, long failed, long outcomeUnknown,
                              Long followersAtEnd, Long followersGrowth, RadioLine radio, String firstMonth) {
    }

    /** Episodes on air (with a listener figure), items carried, minutes on air. */
    public record RadioLine(long episodes, long items, long minutesOnAir, Long averageListeners) {
    }

    /** A figure broken down by category, with its category's message key. */
    public record CategoryLine(String category, BigDecimal value) {
    }

    public boolean isEmpty() {
        return channels.isEmpty() && figures.isEmpty() && runs.isEmpty();
    }

    /**
     * Conferences held: the office figure where staff entered one (the official figure), otherwise the
     * conferences the daily runs imported; null when neither is known (runs that imported nothing say nothing).
     */
    public BigDecimal pressConferences() {
        BigDecimal entered = figure("press-conferences");
        return entered != null || !runs.imported() ? entered : BigDecimal.valueOf(runs.conferences());
    }

    /** Spokesperson answers, as {@link #pressConferences()}. */
    public BigDecimal spokespersonAnswers() {
        BigDecimal entered = figure("spokesperson-answers");
        return entered != null || !runs.imported() ? entered : BigDecimal.valueOf(runs.answers());
    }

    /** Whether the counted figures are shown beside office figures entered for the same year. */
    public boolean countedBesideOfficial() {
        return runs.imported() && (figure("press-conferences") != null || figure("spokesperson-answers") != null);
    }

    public long publishedOnChannels() {
        return channels.stream().mapToLong(ChannelLine::published).sum();
    }

    public List<ChannelLine> withFollowers() {
        return channels.stream().filter(channel -> channel.followersAtEnd() != null).toList();
    }

    public List<ChannelLine> radioChannels() {
        return channels.stream().filter(channel -> channel.radio() != null).toList();
    }

    /** The figure, or null when nobody entered it. */
    public BigDecimal figure(String key) {
        return figures.get(figure(OfficeFigure.byKey(key))).orElse(null);
    }

    /** The figure's entered categories, in the report's order. */
    public List<CategoryLine> categories(String key) {
        OfficeFigure figure = figure(OfficeFigure.byKey(key));
        return figure.categoryKeys().stream()
                .flatMap(category -> figures.get(figure, category).stream()
                        .map(value -> new CategoryLine(category, value)))
                .toList();
    }

    /** The sum of the figure's categories, or null when none was entered. */
    public BigDecimal categoryTotal(String key) {
        return figures.sumOfCategories(figure(OfficeFigure.byKey(key))).orElse(null);
    }

    /** Whether every request received was answered, none late (nothing said when either is unknown). */
    public boolean allRequestsAnsweredInTime() {
        BigDecimal received = figure("requests-received");
        BigDecimal answered = categoryTotal("requests-answered");
        BigDecimal late = figure("requests-answered-late");
        return received != null && answered != null && received.compareTo(answered) == 0
               && (late == null || late.signum() == 0);
    }

    private static OfficeFigure figure(java.util.Optional<OfficeFigure> figure) {
        return figure.orElseThrow(() -> new IllegalArgumentException("no such office figure"));
    }
}

package org.pressdesk.report;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pressdesk.metrics.report.ChannelAccountReport;
import org.pressdesk.metrics.report.ChannelAccountReport.MonthFigures;
import org.pressdesk.metrics.report.ChannelReport;

/**
 * The channel report's charts, laid out on the server for inline SVG: follower growth per account
 * (a line per account, from each month's last snapshot) and posts per month per channel (grouped bars).
 * Coordinates are in the SVG's user units; the page needs no script to show them.
 */
final class ChannelCharts {

    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    private static final int LEFT = 80;
    private static final int RIGHT = 20;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;
    private static final int TICKS = 4;
    private static final String[] COLOURS = {"#c0392b", "#2471a3", "#229954", "#b9770e", "#7d3c98", "#566573"};

    /** A label at a position. */
    record Label(double x, double y, String text) {
    }

    /** A line: its points as the SVG {@code points} attribute. */
    record Line(String name, String colour, String points, List<Label> dots) {
    }

    /** A bar with the figure it shows, for its tooltip ({@code <title>}). */
    record Bar(double x, double y, double width, double height, String colour, String title) {
    }

    record LineChart(List<Line> lines, List<Label> xLabels, List<Label> yLabels, List<Label> gridlines) {

        public boolean isEmpty() {
            return lines.isEmpty();
        }
    }

    /** A channel's colour in a chart's legend. */
    record Key(String name, String colour) {
    }

    record BarChart(List<Bar> bars, List<Key> legend, List<Label> xLabels, List<Label> yLabels,
                    List<Label> gridlines) {

        public boolean isEmpty() {
            return bars.isEmpty();
        }
    }

    private ChannelCharts() {
    }

    static String colour(int index) {
        return COLOURS[index % COLOURS.length];
    }

    static LineChart followers(ChannelReport report, Locale locale) {
        List<YearMonth> months = report.period().months();
        List<ChannelAccountReport> accounts = report.channels().stream()
                .filter(channel -> channel.months().stream().anyMatch(month -> month.followersAtEnd() != null))
                .toList();
        long max = accounts.stream().flatMap(channel -> channel.months().stream())
                .filter(month -> month.followersAtEnd() != null).mapToLong(MonthFigures::followersAtEnd).max().orElse(0);
        long top = niceCeiling(max);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            ChannelAccountReport channel = accounts.get(i);
            StringBuilder points = new StringBuilder();
            List<Label> dots = new ArrayList<>();
            for (MonthFigures month : channel.months()) {
                if (month.followersAtEnd() == null) {
                    continue;
                }
                double x = x(months.indexOf(month.month()), months.size());
                double y = y(month.followersAtEnd(), top);
                points.append(points.isEmpty() ? "" : " ").append(round(x)).append(',').append(round(y));
                dots.add(new Label(round(x), round(y), month.month().getMonth().getDisplayName(TextStyle.SHORT, locale)
                        + " " + number(month.followersAtEnd(), locale)));
            }
            lines.add(new Line(channel.displayName(), colour(i), points.toString(), dots));
        }
        return new LineChart(lines, monthLabels(months, locale), valueLabels(top, locale), gridlines(top));
    }

    static BarChart postsPerMonth(ChannelReport report, Locale locale) {
        List<YearMonth> months = report.period().months();
        List<ChannelAccountReport> channels = report.channels().stream()
                .filter(channel -> channel.published() > 0).toList();
        long max = channels.stream().flatMap(channel -> channel.months().stream())
                .mapToLong(MonthFigures::published).max().orElse(0);
        long top = niceCeiling(max);
        double slot = plotWidth() / Math.max(1, months.size());
        double barWidth = channels.isEmpty() ? 0 : slot * 0.8 / channels.size();
        List<Bar> bars = new ArrayList<>();
        List<Key> legend = new ArrayList<>();
        for (int c = 0; c < channels.size(); c++) {
            ChannelAccountReport channel = channels.get(c);
            legend.add(new Key(channel.displayName(), colour(c)));
            for (MonthFigures month : channel.months()) {
                int m = months.indexOf(month.month());
                double height = plotHeight() * month.published() / (double) top;
                bars.add(new Bar(round(LEFT + m * slot + slot * 0.1 + c * barWidth), round(TOP + plotHeight() - height),
                        round(barWidth), round(height), colour(c), channel.displayName() + " · "
                        + month.month().getMonth().getDisplayName(TextStyle.SHORT, locale) + " · "
                        + number(month.published(), locale)));
            }
        }
        return new BarChart(bars, legend, monthLabels(months, locale), valueLabels(top, locale), gridlines(top));
    }

    private static List<Label> monthLabels(List<YearMonth> months, Locale locale) {
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            labels.add(new Label(round(x(i, months.size())), HEIGHT - BOTTOM + 18,
                    months.get(i).getMonth().getDisplayName(TextStyle.SHORT, locale)));
        }
        return labels;
    }

    private static List<Label> valueLabels(long top, Locale locale) {
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i <= TICKS; i++) {
            long value = top * i / TICKS;
            labels.add(new Label(LEFT - 8, round(y(value, top)) + 4, number(value, locale)));
        }
        return labels;
    }

    private static List<Label> gridlines(long top) {
        List<Label> lines = new ArrayList<>();
        for (int i = 0; i <= TICKS; i++) {
            lines.add(new Label(LEFT, round(y(top * i / TICKS, top)), ""));
        }
        return lines;
    }

    /** The centre of month {@code index} of {@code count}. */
    private static double x(int index, int count) {
        double slot = plotWidth() / Math.max(1, count);
        return LEFT + slot * index + slot / 2;
    }

    private static double y(long value, long top) {
        return TOP + plotHeight() - plotHeight() * value / (double) top;
    }

    private static double plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static double plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    /** 1, 2 or 5 times a power of ten, at least the value (and at least 1). */
    static long niceCeiling(long value) {
        long power = 1;
        while (true) {
            for (long step : new long[] {1, 2, 5}) {
                if (step * power >= value && step * power >= 1) {
                    return step * power;
                }
            }
            power *= 10;
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}

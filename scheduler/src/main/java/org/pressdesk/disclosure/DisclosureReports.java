package org.pressdesk.disclosure;

import java.time.LocalDate;
import java.util.List;
import org.pressdesk.dailyrun.DailyRunFigures;
import org.pressdesk.disclosure.DisclosureReport.ChannelLine;
import org.pressdesk.disclosure.DisclosureReport.RadioLine;
import org.pressdesk.metrics.report.ChannelAccountReport;
import org.pressdesk.metrics.report.ChannelReports;
import org.pressdesk.metrics.report.ReportPeriod;
import org.pressdesk.officefigures.OfficeFigures;
import org.pressdesk.reportpage.ReportLanguage;
import org.springframework.stereotype.Service;

/**
 * Drafts a year's disclosure report from the channel report, the office figures, the daily runs' records
 * and the remarks kept with it.
 */
@Service
public class DisclosureReports {

    private final ChannelReports channelReports;
    private final OfficeFigures figures;
    private final DisclosureRemarksStore remarks;
    private final DailyRunFigures runs;

    DisclosureReports(ChannelReports channelReports, OfficeFigures figures, DisclosureRemarksStore remarks,
                      DailyRunFigures runs) {
        this.channelReports = channelReports;
        this.figures = figures;
        this.remarks = remarks;
        this.runs = runs;
    }

    public DisclosureReport draft(int year, ReportLanguage language) {
        List<ChannelLine> channels = channelReports.report(ReportPeriod.year(year)).channels().stream()
                .filter(channel -> !channel.isEmpty())
                .map(DisclosureReports::line)
                .toList();
        return new DisclosureReport(year, channels, figures.ofYear(year),
                remarks.find(year, language.tag()).orElse(null),
                runs.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    private static ChannelLine line(ChannelAccountReport channel) {
        var followers = channel.followers();
        var radio = channel.radio();
        String firstMonth = channel.months().stream().filter(month -> month.published() > 0).findFirst()
                .map(month -> String.valueOf(month.month().getMonthValue())).orElse(null);
        return new ChannelLine(channel.channelId(), channel.displayName(), channel.published(), channel.failed(),
                channel.outcomeUnknown(), followers == null ? null : followers.atEnd(),
                followers == null ? null : followers.netGrowth(),
                radio == null ? null : new RadioLine(radio.episodes(), radio.items(), radio.minutesOnAir(),
                        radio.averageListenersPerEpisode()),
                firstMonth);
    }
}

package org.pressdesk.report;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.pressdesk.metrics.report.ChannelReport;
import org.pressdesk.metrics.report.ChannelReports;
import org.pressdesk.metrics.report.ReportPeriod;
import org.pressdesk.reportpage.ReportLanguage;
import org.pressdesk.reportpage.ReportPages;
import org.pressdesk.system.FieldProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The channel report as a web page ({@code /reports/channels?year=2011&lang=zh-Hant}): every channel
 * account's figures for the period, with follower growth and posts per month drawn on the server as
 * inline SVG, so the page needs no script. The period is given as for {@code GET /api/reports/channels}.
 */
@Controller
class ChannelReportPageController {

    private final ChannelReports reports;
    private final ReportPages pages;

    ChannelReportPageController(ChannelReports reports, ReportPages pages) {
        this.reports = reports;
        this.pages = pages;
    }

    @GetMapping("/reports/channels")
    ResponseEntity<String> page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) String year, @RequestParam(required = false) String month,
                                @RequestParam(required = false) String lang) {
        ReportLanguage language = ReportLanguage.of(lang).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "lang must be zh-Hans, zh-Hant or en"));
        FieldProblems problems = new FieldProblems();
        ReportPeriod period = ChannelReportController.ReportPeriods.parse(from, to, year, month, problems);
        problems.throwIfAny();
        ChannelReport report = reports.report(period);
        String query = "?" + (year != null && !year.isBlank() ? "year=" + year.trim()
                : month != null && !month.isBlank() ? "month=" + month.trim()
                : "from=" + period.from() + "&to=" + period.to()) + "&";
        String html = pages.render("channels", language, Map.of(
                "report", report,
                "channels", report.channels().stream().filter(channel -> !channel.isEmpty()).toList(),
                "followers", ChannelCharts.followers(report, language.locale()),
                "posts", ChannelCharts.postsPerMonth(report, language.locale()),
                "kinds", org.pressdesk.content.ContentKind.values(), "width", ChannelCharts.WIDTH, "height", ChannelCharts.HEIGHT,
                "query", query, "pdf", false));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Language", language.tag()).body(html);
    }
}

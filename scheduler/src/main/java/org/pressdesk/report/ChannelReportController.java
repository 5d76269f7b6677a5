package org.pressdesk.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.channel.UnknownChannelException;
import org.pressdesk.content.ContentKind;
import org.pressdesk.metrics.report.ChannelAccountReport;
import org.pressdesk.metrics.report.ChannelReport;
import org.pressdesk.metrics.report.ChannelReportCsv;
import org.pressdesk.metrics.report.ChannelReports;
import org.pressdesk.metrics.report.ReportPeriod;
import org.pressdesk.system.FieldProblems;
import org.pressdesk.system.Names;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/channels}: every channel account's figures for a period (from–to, a year or a
 * month, office-zone dates), as JSON or, asked with {@code Accept: text/csv} or {@code format=csv}, as CSV.
 */
@Tag(name = "Reports", description = "Figures for a period, and the yearly disclosure report's remarks")
@RestController
@RequestMapping("/api/reports/channels")
class ChannelReportController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ChannelReports reports;
    private final ChannelRegistry channels;

    ChannelReportController(ChannelReports reports, ChannelRegistry channels) {
        this.reports = reports;
        this.channels = channels;
    }

    @Operation(operationId = "getChannelReport", summary = "Get every channel account's figures for a period, as JSON or CSV",
            responses = @ApiResponse(responseCode = "200", description = "The report", content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"))}))
    @GetMapping
    ResponseEntity<?> report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String year, @RequestParam(required = false) String month,
                             @RequestParam(required = false) String channel,
                             @RequestParam(required = false) String format,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        FieldProblems problems = new FieldProblems();
        boolean csv = csv(format, accept, problems);
        ReportPeriod period = ReportPeriods.parse(from, to, year, month, problems);
        problems.throwIfAny();
        String channelId = channel == null || channel.isBlank() ? null : channelId(channel);
        ChannelReport report = reports.report(period, channelId);
        if (csv) {
            String name = "channels-" + period.from() + "-" + period.to() + ".csv";
            return ResponseEntity.ok()
                    .contentType(TEXT_CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                    .body(ChannelReportCsv.write(report).getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ReportView.of(report));
    }

    /** Whether the request asks for CSV ({@code format=csv} or {@code Accept: text/csv}). */
    static boolean csv(String format, String accept, FieldProblems problems) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase()) {
                case "csv" -> true;
                case "json" -> false;
                default -> {
                    problems.add("format", "must be json or csv");
                    yield false;
                }
            };
        }
        if (accept == null) {
            return false;
        }
        try {
            List<MediaType> accepted = MediaType.parseMediaTypes(accept);
            accepted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
            for (MediaType type : accepted) {
                if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                    return false;
                }
                if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                    return true;
                }
            }
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return false;
    }

    /** A configured channel, or one no longer configured that has records. */
    private String channelId(String typed) {
        return channels.idOf(typed).orElseGet(() -> {
            String normalised = Names.normalise(typed);
            if (!reports.knows(normalised)) {
                throw new UnknownChannelException(typed, channels.ids());
            }
            return normalised;
        });
    }

    /** The period of a request: {@code from} and {@code to}, or {@code year}, or {@code month}. */
    static final class ReportPeriods {

        private ReportPeriods() {
        }

        static ReportPeriod parse(String from, String to, String year, String month, FieldProblems problems) {
            boolean range = given(from) || given(to);
            int ways = (range ? 1 : 0) + (given(year) ? 1 : 0) + (given(month) ? 1 : 0);
            if (ways == 0) {
                problems.add("period", "give a period: from and to (YYYY-MM-DD), year (YYYY) or month (YYYY-MM)");
                return null;
            }
            if (ways > 1) {
                problems.add("period", "give one period: from and to, or year, or month, not several");
                return null;
            }
            if (given(year)) {
                return problems.check("year", () -> {
                    try {
                        int value = Integer.parseInt(year.trim());
                        if (value < 1970 || value > 9999) {
                            throw new org.pressdesk.system.InvalidFieldException("year", "must be between 1970 and 9999");
                        }
                        return ReportPeriod.year(value);
                    } catch (NumberFormatException e) {
                        throw new org.pressdesk.system.InvalidFieldException("year", "must be a year such as 2011");
                    }
                });
            }
            if (given(month)) {
                return problems.check("month", () -> {
                    try {
                        return ReportPeriod.month(YearMonth.parse(month.trim()));
                    } catch (DateTimeParseException e) {
                        throw new org.pressdesk.system.InvalidFieldException("month", "must be a month such as 2011-08");
                    }
                });
            }
            LocalDate start = date("from", from, problems);
            LocalDate end = date("to", to, problems);
            if (start == null || end == null) {
                return null;
            }
            if (start.isAfter(end)) {
                problems.add("to", "must not be before 'from' (" + start + ")");
                return null;
            }
            return new ReportPeriod(start, end);
        }

        private static LocalDate date(String field, String value, FieldProblems problems) {
            if (!given(value)) {
                problems.add(field, "is required with '" + (field.equals("from") ? "to" : "from") + "'");
                return null;
            }
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeException e) {
                problems.add(field, "must be a date such as 2011-01-01");
                return null;
            }
        }

        private static boolean given(String value) {
            return value != null && !value.isBlank();
        }
    }

    /** The report as the API shows it: durations in seconds, kinds by name. */
    record ReportView(LocalDate from, LocalDate to, String zone, java.time.Instant generatedAt,
                      List<ChannelView> channels) {

        static ReportView of(ChannelReport report) {
            return new ReportView(report.period().from(), report.period().to(), report.zone().getId(),
                    report.generatedAt(), report.channels().stream().map(ChannelView::of).toList());
        }
    }

    record ChannelView(String channel, String type, String displayName, Map<ContentKind, Long> publishedByKind,
                       long published, long failed, long outcomeUnknown, long withdrawn, Double successRate, Double lagP50Seconds,
                       Double lagP95Seconds, ChannelAccountReport.Followers followers, Long netGrowth,
                       ChannelAccountReport.PeakDay peakDay, ChannelAccountReport.EngagementTotals engagement,
                       List<ChannelAccountReport.TopPost> topPosts, ChannelAccountReport.RadioFigures radio,
                       List<ChannelAccountReport.MonthFigures> months) {

        static ChannelView of(ChannelAccountReport channel) {
            return new ChannelView(channel.channelId(), channel.channelType(), channel.displayName(),
                    new TreeMap<>(channel.publishedByKind()), channel.published(), channel.failed(),
                    channel.outcomeUnknown(), channel.withdrawn(), channel.successRate(),
                    channel.lagP50() == null ? null : channel.lagP50().toMillis() / 1000.0,
                    channel.lagP95() == null ? null : channel.lagP95().toMillis() / 1000.0, channel.followers(),
                    channel.followers() == null ? null : channel.followers().netGrowth(), channel.peakDay(),
                    channel.engagement(), channel.topPosts(), channel.radio(), channel.months());
        }
    }
}

package org.pressdesk.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.pressdesk.dailyrun.DailyRunFigures;
import org.pressdesk.metrics.report.ChannelReportCsv;
import org.pressdesk.metrics.report.ReportPeriod;
import org.pressdesk.system.FieldProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/daily-runs}: what the daily publishing runs imported for a period (from–to, a
 * year or a month), counted from their records, as JSON or, like the channel report, as CSV.
 */
@Tag(name = "Reports")
@RestController
@RequestMapping("/api/reports/daily-runs")
class DailyRunReportController {

    private final DailyRunFigures figures;

    DailyRunReportController(DailyRunFigures figures) {
        this.figures = figures;
    }

    @Operation(operationId = "getDailyRunReport", summary = "Count what the daily runs imported in a period, as JSON or CSV",
            responses = @ApiResponse(responseCode = "200", description = "The report", content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = DailyRunView.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"))}))
    @GetMapping
    ResponseEntity<?> report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String year, @RequestParam(required = false) String month,
                             @RequestParam(required = false) String format,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        FieldProblems problems = new FieldProblems();
        boolean csv = ChannelReportController.csv(format, accept, problems);
        ReportPeriod period = ChannelReportController.ReportPeriods.parse(from, to, year, month, problems);
        problems.throwIfAny();
        DailyRunFigures.Figures counted = figures.of(period.from(), period.to());
        if (csv) {
            String name = "daily-runs-" + period.from() + "-" + period.to() + ".csv";
            return ResponseEntity.ok()
                    .contentType(ChannelReportController.TEXT_CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                    .body(csv(counted).getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(DailyRunView.of(counted));
    }

    /** The figures as the API shows them: the counts only. */
    record DailyRunView(LocalDate from, LocalDate to, long runs, long completed, long failed,
                        long conferences, long answers, long postsCreated, long skippedParts, long channelsLeftOut) {

        static DailyRunView of(DailyRunFigures.Figures counted) {
            return new DailyRunView(counted.from(), counted.to(), counted.runs(), counted.completed(), counted.failed(),
                    counted.conferences(), counted.answers(), counted.postsCreated(), counted.skippedParts(),
                    counted.channelsLeftOut());
        }
    }

    /** One row, BOM and CRLF as in the channel report; every cell is a date or a number, so none is quoted. */
    private static String csv(DailyRunFigures.Figures counted) {
        List<String> header = List.of("from", "to", "runs", "completed", "failed", "conferences", "answers",
                "posts_created", "skipped_parts", "channels_left_out");
        List<Object> row = List.of(counted.from(), counted.to(), counted.runs(), counted.completed(), counted.failed(),
                counted.conferences(), counted.answers(), counted.postsCreated(), counted.skippedParts(),
                counted.channelsLeftOut());
        return ChannelReportCsv.BOM + String.join(",", header) + "\r\n"
               + String.join(",", row.stream().map(String::valueOf).toList()) + "\r\n";
    }
}

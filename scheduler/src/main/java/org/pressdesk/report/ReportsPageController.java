package org.pressdesk.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.pressdesk.reportpage.ReportLanguage;
import org.pressdesk.system.OfficeTime;
import org.pressdesk.web.PageLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The reports landing page ({@code /reports}): pick a year (and a month) and the report's language, and it links
 * the channel report page with its charts, its CSV, the daily runs' CSV and the disclosure report with its PDF.
 * The reports themselves are their own pages; this one only leads to them.
 */
@Controller
class ReportsPageController {

    private static final int FIRST_YEAR = 1949;

    private final OfficeTime time;

    ReportsPageController(OfficeTime time) {
        this.time = time;
    }

    @GetMapping("/reports")
    ModelAndView landing(@RequestParam(required = false) String year, @RequestParam(required = false) String month,
                         @RequestParam(required = false) String language, Locale locale) {
        int thisYear = LocalDate.ofInstant(time.now(), time.zone(null)).getYear();
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Integer chosenYear = thisYear;
        if (year != null && !year.isBlank()) {
            chosenYear = parse(year, FIRST_YEAR, thisYear);
            if (chosenYear == null) {
                errors.put("year", "reports.year.invalid");
            }
        }
        Integer chosenMonth = null;
        if (month != null && !month.isBlank()) {
            chosenMonth = parse(month, 1, 12);
            if (chosenMonth == null) {
                errors.put("month", "reports.month.invalid");
            }
        }
        // the page's own language unless another is picked for the report
        ReportLanguage pageLanguage = ReportLanguage.of(PageLanguage.tag(locale)).orElse(ReportLanguage.ZH_HANS);
        ReportLanguage reportLanguage = language == null || language.isBlank() ? pageLanguage
                : ReportLanguage.of(language).orElse(pageLanguage);
        model.put("year", year == null ? String.valueOf(thisYear) : year);
        model.put("month", month == null ? "" : month);
        model.put("language", reportLanguage.tag());
        model.put("languages", ReportLanguage.values());
        model.put("thisYear", String.valueOf(thisYear));
        model.put("firstYear", String.valueOf(FIRST_YEAR));
        model.put("errors", errors);
        if (errors.isEmpty()) {
            String lang = reportLanguage.tag();
            String period = chosenMonth == null ? "year=" + chosenYear
                    : "month=" + YearMonth.of(chosenYear, chosenMonth);
            model.put("periodYear", String.valueOf(chosenYear)); // a year is not a quantity: no "2,011"
            model.put("periodMonth", chosenMonth == null ? null : YearMonth.of(chosenYear, chosenMonth).toString());
            model.put("channelReport", "/reports/channels?" + period + "&lang=" + lang);
            model.put("channelCsv", "/api/reports/channels?" + period + "&format=csv");
            model.put("dailyRunsCsv", "/api/reports/daily-runs?" + period + "&format=csv");
            model.put("disclosure", "/reports/disclosure/" + chosenYear + "?lang=" + lang);
            model.put("disclosurePdf", "/reports/disclosure/" + chosenYear + ".pdf?lang=" + lang);
        }
        ModelAndView page = new ModelAndView("reports/landing", model);
        if (!errors.isEmpty()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }

    private static Integer parse(String typed, int min, int max) {
        try {
            int value = Integer.parseInt(typed.strip());
            return value < min || value > max ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package org.pressdesk.disclosure;

import java.util.Map;
import org.pressdesk.officefigures.OfficeFigureYears;
import org.pressdesk.reportpage.PdfReports;
import org.pressdesk.reportpage.ReportLanguage;
import org.pressdesk.reportpage.ReportPages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The yearly disclosure report as a page ({@code /reports/disclosure/2011?lang=zh-Hant}) and as PDF ({@code 2011.pdf}). */
@Controller
class DisclosurePageController {

    private static final String PAGE = "disclosure";

    private final DisclosureReports reports;
    private final ReportPages pages;
    private final PdfReports pdfs;
    private final OfficeFigureYears years;

    DisclosurePageController(DisclosureReports reports, ReportPages pages, PdfReports pdfs, OfficeFigureYears years) {
        this.reports = reports;
        this.pages = pages;
        this.pdfs = pdfs;
        this.years = years;
    }

    @GetMapping("/reports/disclosure/{year:\\d{1,4}}")
    ResponseEntity<String> page(@PathVariable int year, @RequestParam(required = false) String lang) {
        ReportLanguage language = language(lang);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Language", language.tag())
                .body(html(year, language, false));
    }

    @GetMapping("/reports/disclosure/{year:\\d{1,4}}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year, @RequestParam(required = false) String lang) {
        ReportLanguage language = language(lang);
        byte[] pdf = pdfs.toPdf(html(year, language, true));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Language", language.tag())
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename("disclosure-" + year + "-" + language.tag() + ".pdf").build().toString())
                .body(pdf);
    }

    private String html(int year, ReportLanguage language, boolean pdf) {
        if (!years.allows(year)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No report for " + year);
        }
        return pages.render(PAGE, language, Map.of("report", reports.draft(year, language), "pdf", pdf));
    }

    private static ReportLanguage language(String lang) {
        return ReportLanguage.of(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "lang must be zh-Hans, zh-Hant or en"));
    }
}

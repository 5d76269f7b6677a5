package org.pressdesk.disclosure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.OffsetDateTime;
import org.pressdesk.officefigures.OfficeFigureYears;
import org.pressdesk.reportpage.ReportLanguage;
import org.pressdesk.security.Actor;
import org.pressdesk.system.FieldProblems;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.OfficeTime;
import org.pressdesk.system.RequestChecks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Section 六 of a year's disclosure report (problems and improvements), which staff write and which
 * is kept with the report, one text per language.
 */
@Tag(name = "Reports")
@RestController
@RequestMapping("/api/reports/disclosure/{year}/remarks")
class DisclosureRemarksController {

    private static final int MAX_LENGTH = 20000;

    private final DisclosureRemarksStore store;
    private final OfficeFigureYears years;
    private final RequestChecks checks;
    private final OfficeTime time;

    DisclosureRemarksController(DisclosureRemarksStore store, OfficeFigureYears years, RequestChecks checks,
                                OfficeTime time) {
        this.store = store;
        this.years = years;
        this.checks = checks;
        this.time = time;
    }

    /**
     * @param language     zh-Hans, zh-Hant or en: the report this text appears in
     * @param problems     the main problems of the year's work
     * @param improvements what the office will do
     */
    record SaveRemarks(@Schema(description = Actor.FIELD_DESCRIPTION, deprecated = true)
                       String actor, @NotBlank String language,
                       @NotBlank @Size(max = MAX_LENGTH) String problems,
                       @NotBlank @Size(max = MAX_LENGTH) String improvements) {
    }

    record RemarksView(int year, String language, String problems, String improvements, String savedBy,
                       OffsetDateTime savedAt) {
    }

    @Operation(operationId = "getDisclosureRemarks", summary = "Get a year's disclosure-report remarks in one language")
    @GetMapping("/{language}")
    RemarksView get(@PathVariable String year, @PathVariable String language) {
        int reportYear = year(year);
        ReportLanguage lang = ReportLanguage.of(language).filter(found -> !language.isBlank())
                .orElseThrow(() -> new InvalidFieldException("language", "one of zh-Hans, zh-Hant, en"));
        return store.find(reportYear, lang.tag()).map(this::view)
                .orElseThrow(() -> new RemarksNotFoundException(reportYear, lang.tag()));
    }

    @Operation(operationId = "saveDisclosureRemarks", summary = "Write a year's disclosure-report remarks in one language")
    @PutMapping
    RemarksView save(Principal principal, @PathVariable String year, @RequestBody SaveRemarks request) {
        FieldProblems problems = checks.of(request);
        Integer reportYear = problems.check("year", () -> year(year));
        String actor = problems.check("actor", () -> Actor.of(principal, "actor", request.actor()));
        ReportLanguage language = problems.check("language", () -> ReportLanguage.of(request.language())
                .orElseThrow(() -> new InvalidFieldException("language", "one of zh-Hans, zh-Hant, en")));
        problems.throwIfAny();
        return view(store.save(reportYear, language.tag(), request.problems().strip(), request.improvements().strip(),
                actor));
    }

    private int year(String typed) {
        try {
            int year = Integer.parseInt(typed.trim());
            if (years.allows(year)) {
                return year;
            }
            throw new InvalidFieldException("year", "no report for " + year);
        } catch (NumberFormatException notAYear) {
            throw new InvalidFieldException("year", "not a year: '" + typed + "'");
        }
    }

    private RemarksView view(DisclosureRemarks remarks) {
        return new RemarksView(remarks.year(), remarks.language(), remarks.problems(), remarks.improvements(),
                remarks.savedBy(), time.show(remarks.savedAt()));
    }
}

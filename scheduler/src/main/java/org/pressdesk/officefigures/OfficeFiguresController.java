package org.pressdesk.officefigures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.pressdesk.security.Actor;
import org.pressdesk.system.FieldProblems;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.OfficeTime;
import org.pressdesk.system.RequestChecks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Figures of the office that no connector knows, per year: read them, enter some (each replaces the
 * same figure entered before), remove one entered by mistake, or import a CSV file of them. A year
 * nobody entered anything for answers with no figures, not 404.
 */
@Tag(name = "Office figures", description = "Figures of the office no connector knows, per year, for the yearly reports")
@RestController
@RequestMapping("/api/office-figures")
class OfficeFiguresController {

    private final OfficeFigures figures;
    private final OfficeFigureYears years;
    private final RequestChecks checks;
    private final OfficeTime time;

    OfficeFiguresController(OfficeFigures figures, OfficeFigureYears years, RequestChecks checks, OfficeTime time) {
        this.figures = figures;
        this.years = years;
        this.checks = checks;
        this.time = time;
    }

    /**
     * @param actor    who enters them
     * @param figures  at least one
     */
    record EnterFigures(@Schema(description = Actor.FIELD_DESCRIPTION, deprecated = true)
                        String actor, @NotEmpty List<@Valid @NotNull FigureInput> figures) {
    }

    /**
     * @param figure   e.g. {@code portal-items}
     * @param category e.g. {@code important-speech}; none for a figure without categories or a total
     * @param value    a count, or yuan for fees
     */
    record FigureInput(@NotBlank String figure, String category, @NotNull BigDecimal value) {
    }

    record FigureView(String figure, String category, BigDecimal value, String enteredBy, OffsetDateTime enteredAt) {
    }

    record YearView(int year, List<FigureView> figures) {
    }

    record Imported(int imported, List<Integer> years) {
    }

    @Operation(operationId = "getOfficeFigures", summary = "Get a year's office figures")
    @GetMapping("/{year}")
    YearView get(@PathVariable String year) {
        return view(figures.ofYear(year(year)));
    }

    @Operation(operationId = "enterOfficeFigures", summary = "Enter office figures for a year, each replacing the same one entered before")
    @PutMapping("/{year}")
    YearView enter(Principal principal, @PathVariable String year, @RequestBody EnterFigures request) {
        FieldProblems problems = checks.of(request);
        Integer reportYear = problems.check("year", () -> year(year));
        String actor = problems.check("actor", () -> Actor.of(principal, "actor", request.actor()));
        List<FigureEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<FigureInput> inputs = request.figures() == null ? List.of() : request.figures();
        for (int i = 0; i < inputs.size(); i++) {
            FigureInput input = inputs.get(i);
            String field = "figures[" + i + "]";
            if (input == null || problems.has(field)) {
                continue;
            }
            OfficeFigure figure = problems.check(field + ".figure", () -> OfficeFigure.byKey(input.figure())
                    .orElseThrow(() -> new InvalidFieldException(field + ".figure", "unknown figure '" + input.figure()
                            + "'; one of " + String.join(", ", OfficeFigure.keys()))));
            if (figure == null) {
                continue;
            }
            String category = problems.check(field + ".category", () -> refusing(field + ".category",
                    () -> figure.category(input.category())));
            BigDecimal value = problems.check(field + ".value", () -> refusing(field + ".value",
                    () -> figure.value(input.value())));
            if (category != null && value != null && reportYear != null) {
                Integer earlier = seen.putIfAbsent(figure.key() + "/" + category, i);
                if (earlier != null) {
                    problems.add(field, "the same figure as figures[" + earlier + "]");
                } else {
                    entries.add(new FigureEntry(reportYear, figure, category, value));
                }
            }
        }
        problems.throwIfAny();
        figures.save(entries, actor);
        return view(figures.ofYear(reportYear));
    }

    @Operation(operationId = "removeOfficeFigure", summary = "Remove an office figure entered by mistake")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{year}/{figure}")
    ResponseEntity<Void> remove(@PathVariable String year, @PathVariable String figure,
                                @RequestParam(required = false) String category) {
        int reportYear = year(year);
        OfficeFigure named = OfficeFigure.byKey(figure).orElseThrow(() -> new InvalidFieldException("figure",
                "unknown figure '" + figure + "'; one of " + String.join(", ", OfficeFigure.keys())));
        String stored = refusing("category", () -> named.category(category));
        if (!figures.delete(reportYear, named, stored)) {
            throw new FigureNotFoundException("No figure " + named.key() + (stored.isEmpty() ? "" : " (" + stored + ")")
                    + " stored for " + reportYear);
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "importOfficeFigures", summary = "Import office figures from a CSV file")
    @PostMapping(path = "/import", consumes = "text/csv")
    Imported importCsv(Principal principal, @Parameter(description = Actor.FIELD_DESCRIPTION, deprecated = true)
                                            @RequestParam(required = false) String actor, @RequestBody(required = false) byte[] csv) {
        String importedBy = Actor.of(principal, "actor", actor);
        List<FigureEntry> entries = OfficeFiguresCsv.read(Utf8Csv.decode(csv == null ? new byte[0] : csv), years::allows);
        figures.save(entries, importedBy);
        return new Imported(entries.size(), List.copyOf(new TreeSet<>(entries.stream().map(FigureEntry::year).toList())));
    }

    private int year(String typed) {
        int year;
        try {
            year = Integer.parseInt(typed.trim());
        } catch (NumberFormatException notAYear) {
            throw new InvalidFieldException("year", "not a year: '" + typed + "'");
        }
        if (!years.allows(year)) {
            throw new InvalidFieldException("year", OfficeFigureYears.refusal(year));
        }
        return year;
    }

    private static <T> T refusing(String field, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException refused) {
            throw new InvalidFieldException(field, refused.getMessage());
        }
    }

    private YearView view(YearFigures year) {
        return new YearView(year.year(), year.figures().stream()
                .map(stored -> new FigureView(stored.entry().figure().key(),
                        stored.entry().category().isEmpty() ? null : stored.entry().category(),
                        stored.entry().value(), stored.enteredBy(), time.show(stored.enteredAt())))
                .toList());
    }
}

package org.pressdesk.dailyrun;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.pressdesk.apidoc.Refusal;
import org.pressdesk.system.FieldProblems;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.RequestChecks;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Starting the daily publishing run and seeing its runs. */
@Tag(name = "Daily runs", description = "The daily publishing run, which imports the day's answers and briefings as posts")
@RestController
@RequestMapping("/api/runs")
class RunController {

    private final RunLauncher launcher;
    private final RunViews views;
    private final RequestChecks checks;

    RunController(RunLauncher launcher, RunViews views, RequestChecks checks) {
        this.launcher = launcher;
        this.views = views;
        this.checks = checks;
    }

    /**
     * {@code {"job": "dailyPublishingRun", "date": "2011-12-30"}}: starts the date's run (or restarts it
     * where a failed one stopped); 202 and the run's address while it goes on.
     */
    @Operation(operationId = "startDailyRun", summary = "Start, or restart where it failed, the daily publishing run for a date")
    @Refusal(status = HttpStatus.CONFLICT, when = "the date's run is going on, completed, or cannot be restarted")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping
    ResponseEntity<RunView> start(@RequestBody StartRun request) {
        FieldProblems problems = checks.of(request);
        if (request.job() != null && !request.job().strip().equals(DailyRunJobConfiguration.JOB)) {
            problems.add("job", "unknown job '" + request.job() + "'; the job is " + DailyRunJobConfiguration.JOB);
        }
        LocalDate date = request.date() == null ? null : problems.check("date", () -> date(request.date()));
        problems.throwIfAny();
        JobExecution execution = launcher.start(date);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(execution.getId()).toUri();
        return ResponseEntity.accepted().location(location).body(views.get(execution.getId()));
    }

    @Operation(operationId = "listDailyRuns", summary = "List the latest daily runs")
    @GetMapping
    List<RunView> list(@RequestParam(defaultValue = "50") int size) {
        if (size < 1 || size > 500) {
            throw new InvalidFieldException("size", "must be between 1 and 500");
        }
        return views.latest(size);
    }

    @Operation(operationId = "getDailyRun", summary = "Get a daily run with what it did")
    @GetMapping("/{id}")
    RunView get(@PathVariable long id) {
        return views.get(id);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("date", "'" + text + "' is not a date such as 2011-12-30 (yyyy-MM-dd)");
        }
    }

    /**
     * @param job  the job to start: {@code dailyPublishingRun}
     * @param date the office date the run is for, yyyy-MM-dd
     */
    record StartRun(@NotBlank String job, @NotBlank String date) {
    }
}

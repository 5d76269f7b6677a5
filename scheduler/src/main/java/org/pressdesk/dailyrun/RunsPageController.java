package org.pressdesk.dailyrun;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.OfficeProperties;
import org.pressdesk.system.OfficeTime;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The daily runs page ({@code /runs}): the latest runs as {@code GET /api/runs} gives them, each with its
 * progress, counts and skipped parts; a form starts the run of a date, and a failed or stopped run is
 * restarted from its row, both through {@link RunLauncher} as the API does.
 */
@Controller
class RunsPageController {

    /** How many dates the page lists. */
    static final int SHOWN = 20;

    private final RunLauncher launcher;
    private final RunViews views;
    private final OfficeTime time;
    private final OfficeProperties office;
    private final MessageSource messages;

    RunsPageController(RunLauncher launcher, RunViews views, OfficeTime time, OfficeProperties office,
                       MessageSource messages) {
        this.launcher = launcher;
        this.views = views;
        this.time = time;
        this.office = office;
        this.messages = messages;
    }

    @GetMapping("/runs")
    String page(Model model) {
        return page(model, LocalDate.ofInstant(time.now(), office.zone()).toString(), null);
    }

    @PostMapping("/runs")
    String start(@RequestParam(required = false) String date, Locale locale, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, date, "runs.error.date");
        }
        try {
            JobExecution execution = launcher.start(day);
            redirect.addFlashAttribute("notice", messages.getMessage("runs.started",
                    new Object[] {day.toString(), execution.getId()}, locale));
            return "redirect:/runs";
        } catch (RunConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("alert", messages.getMessage("runs.refused." + e.reason().name(),
                    new Object[] {day.toString()}, locale));
            return page(model, date, null);
        } catch (InvalidFieldException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, date, "runs.error.date");
        }
    }

    private String page(Model model, String typedDate, String dateError) {
        List<RunView> runs = views.latest(SHOWN).stream().map(run -> views.get(run.id())).toList();
        model.addAttribute("runs", runs);
        model.addAttribute("typedDate", typedDate);
        model.addAttribute("dateError", dateError);
        return "runs/runs";
    }
}

package org.pressdesk.post;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.pressdesk.security.Actor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.pressdesk.system.FieldProblems;
import org.pressdesk.system.Names;
import org.pressdesk.system.OfficeTime;
import org.pressdesk.system.ProblemException;
import org.pressdesk.system.RequestChecks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A post's page: its text, each target's state, receipt, last error, attempts and time, its history, and
 * the actions its targets' states allow, each a form that goes through {@link PostWorkflow} as the
 * signed-in person. A refusal comes back as a message on the page, beside the field it concerns.
 */
@Controller
@RequestMapping("/posts/{id}")
class PostPageController {

    private final PostWorkflow workflow;
    private final NewPostReader reader;
    private final RequestChecks checks;
    private final OfficeTime time;

    PostPageController(PostWorkflow workflow, NewPostReader reader, RequestChecks checks, OfficeTime time) {
        this.workflow = workflow;
        this.reader = reader;
        this.checks = checks;
        this.time = time;
    }

    /** What may be done with the post now, as the page offers it. */
    record Actions(boolean submit, boolean approve, boolean sendBack, boolean cancel, boolean reschedule,
                   boolean withdraw, boolean correct) {

        static Actions of(Post post, String viewer) {
            boolean submitted = has(post, TargetState.SUBMITTED);
            return new Actions(has(post, TargetState.DRAFT),
                    submitted && !Names.lookAlike(post.author(), viewer),
                    submitted,
                    post.targets().stream().anyMatch(target -> target.state().canMoveTo(TargetState.CANCELLED)),
                    post.targets().stream().anyMatch(target -> target.state().isReschedulable()),
                    has(post, TargetState.PUBLISHED) || has(post, TargetState.WITHDRAWAL_FAILED),
                    post.wentOut());
        }

        private static boolean has(Post post, TargetState state) {
            return post.targets().stream().anyMatch(target -> target.state() == state);
        }
    }

    /** One line of the post's history, with the channel of the target it concerns. */
    record HistoryLine(String channel, TargetTransition transition) {
    }

    /** The forms' values as typed, shown back after a refusal. */
    record Typed(String scheduledAt, String reason, String title, String body, String url) {

        static final Typed NONE = new Typed("", "", "", "", "");
    }

    @GetMapping
    String show(@PathVariable long id, Principal principal, Model model) {
        return page(model, workflow.get(id), Actor.of(principal), null, Typed.NONE);
    }

    @PostMapping("/submit")
    String submit(@PathVariable long id, Principal principal, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        String actor = Actor.of(principal);
        return act(id, actor, "post.notice.submitted", Typed.NONE, model, response, redirect,
                () -> workflow.submit(id, actor, null));
    }

    @PostMapping("/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String reason, Principal principal,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String actor = Actor.of(principal);
        return act(id, actor, "post.notice.approved", Typed.NONE, model, response, redirect,
                () -> workflow.approve(id, actor, blankToNull(reason)));
    }

    @PostMapping("/return")
    String sendBack(@PathVariable long id, @RequestParam(required = false) String reason, Principal principal,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String actor = Actor.of(principal);
        return act(id, actor, "post.notice.returned", Typed.NONE, model, response, redirect,
                () -> workflow.returnToDraft(id, actor, blankToNull(reason)));
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable long id, Principal principal, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        String actor = Actor.of(principal);
        return act(id, actor, "post.notice.cancelled", Typed.NONE, model, response, redirect,
                () -> workflow.cancel(id, actor, null));
    }

    @PostMapping("/reschedule")
    String reschedule(@PathVariable long id, @RequestParam(defaultValue = "") String scheduledAt, Principal principal,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String actor = Actor.of(principal);
        Typed typed = new Typed(scheduledAt, "", "", "", "");
        return act(id, actor, "post.notice.rescheduled", typed, model, response, redirect, () -> {
            FieldProblems problems = checks.of(new PostRequests.Reschedule(actor, scheduledAt, null, null, null));
            Instant at = problems.check("scheduledAt", () -> reader.schedulable("scheduledAt", scheduledAt,
                    time.zone(null)));
            problems.throwIfAny();
            return workflow.reschedule(id, null, at, actor, null);
        });
    }

    /** A failed target sent again now, with a fresh retry budget. */
    @PostMapping("/targets/{targetId}/retry")
    String retry(@PathVariable long id, @PathVariable long targetId, Principal principal, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        String actor = Actor.of(principal);
        return act(id, actor, "post.notice.retried", Typed.NONE, model, response, redirect, () -> {
            PublishTarget target = workflow.get(id).target(targetId)
                    .orElseThrow(() -> new PostNotFoundException("Post " + id + " has no target " + targetId));
            if (target.state() != TargetState.FAILED) {
                throw new IllegalTransitionException("Target " + targetId + " is " + target.state()
                        + "; only a FAILED target is retried");
            }
            return workflow.reschedule(id, target.channelId(), time.now().truncatedTo(ChronoUnit.SECONDS), actor,
                    "retried");
        });
    }

    /** A target whose outcome was unknown, settled by what the person found on the channel. */
    @PostMapping("/targets/{targetId}/resolve")
    String resolve(@PathVariable long id, @PathVariable long targetId, @RequestParam(required = false) String resolution,
                   @RequestParam(defaultValue = "") String url, Principal principal, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        String actor = Actor.of(principal);
        Typed typed = new Typed("", "", "", "", url);
        return act(id, actor, "post.notice.resolved", typed, model, response, redirect, () -> {
            PostRequests.Resolve request = new PostRequests.Resolve(outcome(resolution), blankToNull(url), null,
                    actor, null);
            FieldProblems problems = checks.of(request);
            Resolution found = PostController.resolution(request, problems);
            problems.throwIfAny();
            return workflow.resolve(id, targetId, found, actor, null);
        });
    }

    @PostMapping("/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Principal principal,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String actor = Actor.of(principal);
        Typed typed = new Typed("", reason, "", "", "");
        return act(id, actor, "post.notice.withdrawn", typed, model, response, redirect, () -> {
            checks.of(new PostRequests.Withdraw(actor, reason)).throwIfAny();
            return workflow.withdraw(id, actor, reason.strip());
        });
    }

    @PostMapping("/correct")
    String correct(@PathVariable long id, @RequestParam(defaultValue = "") String title,
                   @RequestParam(defaultValue = "") String body, Principal principal, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        String actor = Actor.of(principal);
        try {
            checks.of(new PostRequests.Correct(actor, blankToNull(title), body, null)).throwIfAny();
            Post correction = workflow.correct(id, new Correction(actor, title.isBlank() ? null : title.strip(),
                    body.strip(), null));
            redirect.addFlashAttribute("notice", "post.notice.corrected");
            return "redirect:/posts/" + correction.id();
        } catch (ProblemException refused) {
            return refused(id, actor, refused, new Typed("", "", title, body, ""), model, response);
        }
    }

    private String act(long id, String actor, String notice, Typed typed, Model model, HttpServletResponse response,
                       RedirectAttributes redirect, Supplier<Post> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/posts/" + id;
        } catch (ProblemException refused) {
            return refused(id, actor, refused, typed, model, response);
        }
    }

    private String refused(long id, String actor, ProblemException refused, Typed typed, Model model,
                           HttpServletResponse response) {
        PageProblem problem = PageProblem.of(refused);
        response.setStatus(problem.status().value());
        return page(model, workflow.get(id), actor, problem, typed);
    }

    private String page(Model model, Post post, String viewer, PageProblem problem, Typed typed) {
        Map<Long, String> channelOf = new LinkedHashMap<>();
        post.targets().forEach(target -> channelOf.put(target.id(), target.channelId()));
        List<HistoryLine> history = workflow.history(post.id()).stream()
                .map(transition -> new HistoryLine(channelOf.get(transition.targetId()), transition)).toList();
        Map<Long, String> lastReason = new LinkedHashMap<>();
        history.forEach(line -> {
            if (line.transition().reason() != null) {
                lastReason.put(line.transition().targetId(), line.transition().reason());
            }
        });
        model.addAttribute("post", post);
        model.addAttribute("actions", Actions.of(post, viewer));
        model.addAttribute("ownPost", Names.lookAlike(post.author(), viewer));
        model.addAttribute("history", history);
        model.addAttribute("lastReason", lastReason);
        model.addAttribute("problem", problem);
        model.addAttribute("errors", problem == null ? Map.of() : problem.fields());
        model.addAttribute("typed", typed);
        return "post/post";
    }

    private static PostRequests.Resolve.Outcome outcome(String typed) {
        try {
            return typed == null ? null : PostRequests.Resolve.Outcome.valueOf(typed.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String blankToNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}

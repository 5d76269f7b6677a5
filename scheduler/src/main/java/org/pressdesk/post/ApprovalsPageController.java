package org.pressdesk.post;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.pressdesk.security.Actor;
import java.util.function.Supplier;
import org.pressdesk.system.Names;
import org.pressdesk.system.ProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approvals inbox: posts with targets waiting for approval, oldest first (read by key, as the queue is),
 * each with approve and send-back forms. Nobody is offered approval of their own post; the workflow refuses it
 * anyway.
 */
@Controller
class ApprovalsPageController {

    static final int PAGE_SIZE = 20;

    private final PostRepository posts;
    private final PostWorkflow workflow;

    ApprovalsPageController(PostRepository posts, PostWorkflow workflow) {
        this.posts = posts;
        this.workflow = workflow;
    }

    @GetMapping("/approvals")
    String inbox(@RequestParam(required = false) Long after, Principal principal, Model model) {
        return page(model, Actor.of(principal), after, null);
    }

    @PostMapping("/approvals/{id}/approve")
    String approve(@PathVariable long id, Principal principal, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        String actor = Actor.of(principal);
        return act(actor, "approvals.notice.approved", model, response, redirect,
                () -> workflow.approve(id, actor, null));
    }

    @PostMapping("/approvals/{id}/return")
    String sendBack(@PathVariable long id, @RequestParam(required = false) String reason, Principal principal,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String actor = Actor.of(principal);
        return act(actor, "approvals.notice.returned", model, response, redirect,
                () -> workflow.returnToDraft(id, actor, reason == null || reason.isBlank() ? null : reason.strip()));
    }

    private String act(String actor, String notice, Model model, HttpServletResponse response,
                       RedirectAttributes redirect, Supplier<Post> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/approvals";
        } catch (ProblemException refused) {
            PageProblem problem = PageProblem.of(refused);
            response.setStatus(problem.status().value());
            return page(model, actor, null, problem);
        }
    }

    private String page(Model model, String viewer, Long after, PageProblem problem) {
        PostQuery waiting = new PostQuery(TargetState.SUBMITTED, null, null, null, null, 0, PAGE_SIZE, after, true);
        PostSlice slice = posts.slice(waiting);
        model.addAttribute("posts", slice.posts());
        model.addAttribute("viewer", viewer);
        model.addAttribute("names", new NameComparison());
        model.addAttribute("moreLink", slice.more() ? "/approvals?after=" + slice.lastId() : null);
        model.addAttribute("problem", problem);
        return "approvals/approvals";
    }

    /** {@code ${names.same(post.author(), viewer)}} on the page: whether a post is the viewer's own. */
    public static final class NameComparison {

        public boolean same(String one, String other) {
            return Names.lookAlike(one, other);
        }
    }
}

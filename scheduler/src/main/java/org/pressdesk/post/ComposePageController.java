package org.pressdesk.post;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.pressdesk.security.Actor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.Violation;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.system.ProblemException;
import org.pressdesk.templating.RenderedVariant;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The compose page: a post's kind, text and fields, language, channels and time, checked and stored by the
 * same reader and workflow as {@code POST /api/posts} (then optionally submitted for approval), with a live
 * preview per channel from {@code POST /compose/preview}, which computes what {@code POST /api/posts/preview}
 * does. A refused form comes back with each message beside its field and everything typed kept.
 */
@Controller
class ComposePageController {

    private final NewPostReader reader;
    private final PostWorkflow workflow;
    private final PostPreviewController.Previews previews;
    private final ChannelRegistry channels;

    ComposePageController(NewPostReader reader, PostWorkflow workflow, PostPreviewController.Previews previews,
                          ChannelRegistry channels) {
        this.reader = reader;
        this.workflow = workflow;
        this.previews = previews;
        this.channels = channels;
    }

    /** A configured channel as the form offers it; {@code readAloud} when its length is read-aloud seconds. */
    record ChannelChoice(String id, String displayName, int maxLength, LengthCounting counting, boolean readAloud) {
    }

    @GetMapping("/compose")
    String compose(Model model) {
        return page(model, ComposeForm.empty(), Map.of(), Map.of());
    }

    @PostMapping("/compose")
    String create(@ModelAttribute("form") ComposeForm form, Principal principal, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        String actor = Actor.of(principal);
        try {
            Post post = workflow.create(reader.read(form.request(actor), principal));
            if (form.submits()) {
                workflow.submit(post.id(), actor, null);
            }
            redirect.addFlashAttribute("notice", form.submits() ? "compose.notice.submitted" : "compose.notice.saved");
            return "redirect:/posts/" + post.id();
        } catch (ContentViolationException refused) {
            response.setStatus(422);
            Map<String, List<String>> byChannel = new LinkedHashMap<>();
            refused.violationsByChannel().forEach((channel, violations) ->
                    byChannel.put(channel, violations.stream().map(Violation::message).toList()));
            model.addAttribute("problem", PageProblem.of(refused));
            return page(model, form, Map.of("channels", "compose.error.violations"), byChannel);
        } catch (ProblemException refused) {
            PageProblem problem = PageProblem.of(refused, ComposeForm::formField);
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problem);
            return page(model, form, problem.fields(), Map.of());
        }
    }

    /**
     * What the post would look like on each chosen channel, for the page's script: each channel's parts, their
     * lengths against its limit (a radio segment's in read-aloud seconds) and its objections; or, while the form
     * cannot be read yet, the message for each field.
     */
    @PostMapping(path = "/compose/preview", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> preview(@ModelAttribute ComposeForm form, Principal principal) {
        Map<String, Object> answer = new LinkedHashMap<>();
        try {
            List<Map<String, Object>> variants = new ArrayList<>();
            for (RenderedVariant variant : previews.of(form.request(Actor.of(principal)), principal)) {
                Capabilities capabilities = channels.require(variant.channel()).capabilities();
                Map<String, Object> shown = new LinkedHashMap<>();
                shown.put("channel", variant.channel());
                shown.put("parts", variant.parts());
                shown.put("lengths", variant.lengths());
                shown.put("maxLength", capabilities.maxLength());
                shown.put("readAloud", capabilities.lengthCounting() == LengthCounting.READ_TIME_SECONDS);
                shown.put("readTimes", variant.lengths().stream().map(ComposePageController::clock).toList());
                shown.put("publishable", variant.publishable());
                shown.put("truncated", variant.truncated());
                shown.put("violations", variant.violations().stream().map(Violation::message).toList());
                variants.add(shown);
            }
            answer.put("variants", variants);
            answer.put("errors", Map.of());
        } catch (ProblemException refused) {
            answer.put("variants", List.of());
            answer.put("errors", PageProblem.of(refused, ComposeForm::formField).fields());
        }
        return answer;
    }

    private String page(Model model, ComposeForm form, Map<String, String> errors,
                        Map<String, List<String>> channelErrors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("channelErrors", channelErrors);
        model.addAttribute("kinds", List.of(ContentKind.values()).stream()
                .filter(kind -> kind != ContentKind.CORRECTION).toList());
        Map<String, String> kindFields = new LinkedHashMap<>();
        for (ContentKind kind : ContentKind.values()) {
            kindFields.put(kind.name(), String.join(" ", PostFieldRules.taken(kind)));
        }
        model.addAttribute("kindFields", kindFields);
        model.addAttribute("languages", List.of(ContentLanguage.values()).stream().map(ContentLanguage::tag).toList());
        model.addAttribute("channelChoices", channels.accounts().stream().map(account -> {
            Capabilities capabilities = channels.require(account.id()).capabilities();
            return new ChannelChoice(account.id(), account.displayName(), capabilities.maxLength(),
                    capabilities.lengthCounting(), capabilities.lengthCounting() == LengthCounting.READ_TIME_SECONDS);
        }).toList());
        return "compose/compose";
    }

    /** Read-aloud seconds as a presenter's clock, {@code m:ss}. */
    static String clock(int seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}

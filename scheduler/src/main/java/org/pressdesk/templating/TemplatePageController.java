package org.pressdesk.templating;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pressdesk.security.Actor;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.connector.Connector;
import org.pressdesk.content.ContentKind;
import org.pressdesk.system.OfficeTime;
import org.pressdesk.template.ChannelProfiles;
import org.pressdesk.template.InvalidTemplateException;
import org.pressdesk.template.PostDraft;
import org.pressdesk.template.TemplateKey;
import org.pressdesk.template.TemplateLibrary;
import org.pressdesk.template.preview.PreviewService;
import org.pressdesk.template.store.TemplateOverride;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The template editor: every template by medium, kind and language ({@code /templates}); one template in a
 * textarea with a preview of the unsaved edit, its saved versions and a way back to any of them
 * ({@code /templates/microblog/spokesperson-answer/zh-Hant}). Saving and previewing go through the
 * {@link TemplateLibrary} and {@link PreviewService} the API uses, so a template that does not parse is refused
 * the same way, here beside the textarea with its line, column and reason, the typed text kept.
 */
@Controller
class TemplatePageController {

    private static final String PATH = "/templates/{medium}/{kind}/{language}";

    private final TemplateLibrary library;
    private final JdbcTemplateOverrides overrides;
    private final PreviewService previews;
    private final ChannelRegistry channels;
    private final ChannelProfiles profiles;
    private final OfficeTime time;

    TemplatePageController(TemplateLibrary library, JdbcTemplateOverrides overrides, PreviewService previews,
                           ChannelRegistry channels, ChannelProfiles profiles, OfficeTime time) {
        this.library = library;
        this.overrides = overrides;
        this.previews = previews;
        this.channels = channels;
        this.profiles = profiles;
        this.time = time;
    }

    @GetMapping("/templates")
    String list(Model model) {
        model.addAttribute("templates", library.list().stream()
                .sorted(Comparator.comparing((TemplateLibrary.Entry entry) -> entry.key().medium().ordinal())
                        .thenComparing(entry -> entry.key().kindId()).thenComparing(entry -> entry.key().language()))
                .toList());
        return "templates/list";
    }

    @GetMapping(PATH)
    String edit(@PathVariable String medium, @PathVariable String kind, @PathVariable String language, Model model) {
        TemplateKey key = key(medium, kind, language);
        return page(key, current(key), model);
    }

    /** Preview ({@code action=preview}, nothing saved) or save ({@code action=save}) the typed source. */
    @PostMapping(PATH)
    ModelAndView submit(@PathVariable String medium, @PathVariable String kind, @PathVariable String language,
                        @RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "preview") String action,
                        Principal principal, Model model, RedirectAttributes redirect) {
        TemplateKey key = key(medium, kind, language);
        current(key);
        if (source.isBlank()) {
            model.addAttribute("sourceError", "templates.source.required");
            return refused(key, source, model);
        }
        try {
            if (action.equals("save")) {
                TemplateOverride saved = library.save(key, source, Actor.of(principal));
                redirect.addFlashAttribute("notice", "templates.saved");
                redirect.addFlashAttribute("noticeVersion", saved.version());
                return new ModelAndView("redirect:" + address(key));
            }
            List<RenderedVariant> variants = previews.previewTemplate(key, source, sampleFor(key), targetsFor(key))
                    .variants().stream().map(RenderedVariant::of).toList();
            model.addAttribute("preview", variants);
            page(key, source, model);
            return new ModelAndView("templates/edit", model.asMap());
        } catch (InvalidTemplateException refused) {
            model.addAttribute("refusal", refused);
            return refused(key, source, model);
        }
    }

    /** Saves an earlier version's source again, as the newest version. */
    @PostMapping(PATH + "/revert")
    ModelAndView revert(@PathVariable String medium, @PathVariable String kind, @PathVariable String language,
                        @RequestParam long version, Principal principal, RedirectAttributes redirect) {
        TemplateKey key = key(medium, kind, language);
        TemplateOverride earlier = overrides.history(key).stream().map(JdbcTemplateOverrides.Revision::override)
                .filter(revision -> revision.version() == version).findFirst()
                .orElseThrow(() -> new TemplateNotFoundException(key));
        TemplateOverride saved = library.save(key, earlier.source(), Actor.of(principal));
        redirect.addFlashAttribute("notice", "templates.reverted");
        redirect.addFlashAttribute("noticeVersion", saved.version());
        redirect.addFlashAttribute("revertedFrom", version);
        return new ModelAndView("redirect:" + address(key));
    }

    /** Drops the office's version so the shipped default applies again; the history stays. */
    @PostMapping(PATH + "/default")
    ModelAndView useDefault(@PathVariable String medium, @PathVariable String kind, @PathVariable String language,
                            RedirectAttributes redirect) {
        TemplateKey key = key(medium, kind, language);
        if (library.defaultSource(key).isEmpty() || !library.revert(key)) {
            throw library.defaultSource(key).isPresent() ? TemplateNotFoundException.noOverride(key)
                    : new TemplateNotFoundException(key);
        }
        redirect.addFlashAttribute("notice", "templates.defaultRestored");
        return new ModelAndView("redirect:" + address(key));
    }

    private ModelAndView refused(TemplateKey key, String source, Model model) {
        page(key, source, model);
        ModelAndView page = new ModelAndView("templates/edit", model.asMap());
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    private String page(TemplateKey key, String source, Model model) {
        Optional<TemplateOverride> override = overrides.find(key);
        model.addAttribute("key", key);
        model.addAttribute("address", address(key));
        model.addAttribute("source", source);
        model.addAttribute("override", override.orElse(null));
        model.addAttribute("shipped", library.defaultSource(key).isPresent());
        model.addAttribute("history", overrides.history(key));
        model.addAttribute("previewChannels", targetsFor(key).stream().map(Connector::channelId).toList());
        return "templates/edit";
    }

    /** The source in force: the office's version, else the shipped one. */
    private String current(TemplateKey key) {
        return overrides.find(key).map(TemplateOverride::source).or(() -> library.defaultSource(key))
                .orElseThrow(() -> new TemplateNotFoundException(key));
    }

    /** The channels whose posts this template writes; every channel when none is of its medium. */
    private List<Connector> targetsFor(TemplateKey key) {
        List<Connector> all = channels.ids().stream().map(channels::require).toList();
        List<Connector> ofMedium = all.stream()
                .filter(connector -> profiles.profileOf(connector).medium() == key.medium()).toList();
        return ofMedium.isEmpty() ? all : ofMedium;
    }

    /** The post a preview shows the template on: a spokesperson's answer, in the template's language. */
    private PostDraft sampleFor(TemplateKey key) {
        boolean chinese = key.language().isChinese();
        ContentKind kind = key.isDefault() ? ContentKind.SPOKESPERSON_ANSWER : key.kind();
        return new PostDraft(kind, key.language(),
                chinese ? "外交部發言人答記者問" : "Foreign Ministry Spokesperson's Regular Press Conference",
                chinese ? "問：請介紹有關情況。答：我們已經注意到有關報道。"
                        : "Q: Could you give us more details? A: We have noted the reports.",
                null, time.now(), null,
                Map.of("question", chinese ? "請介紹有關情況。" : "Could you give us more details?",
                        "answer", chinese ? "我們已經注意到有關報道。" : "We have noted the reports.",
                        "spokesperson", chinese ? "洪磊" : "Hong Lei"));
    }

    private static TemplateKey key(String medium, String kind, String language) {
        try {
            return TemplateKey.parse(medium + "/" + kind + "/" + language);
        } catch (IllegalArgumentException e) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private static String address(TemplateKey key) {
        return "/templates/" + key.id();
    }

}

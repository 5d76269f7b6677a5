package org.pressdesk.channel.page;

import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pressdesk.security.Actor;
import org.pressdesk.channel.ChannelCredentials;
import org.pressdesk.channel.ChannelNotFoundException;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.channel.CredentialsKeyMissingException;
import org.pressdesk.connector.AccountStatus;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.control.AlreadyPausedException;
import org.pressdesk.control.NotPausedException;
import org.pressdesk.control.Pause;
import org.pressdesk.control.PauseCause;
import org.pressdesk.control.PublishingControl;
import org.pressdesk.metrics.audience.FollowerSnapshot;
import org.pressdesk.metrics.audience.FollowerSnapshots;
import org.pressdesk.system.FieldProblem;
import org.pressdesk.system.InvalidFieldException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The channels pages: every channel account with its connection, follower count and pause ({@code /channels}),
 * and one channel with its pause and resume forms and its credentials form ({@code /channels/{id}}). Pausing,
 * resuming and credentials go through the services the API uses; a credential's value is never shown again.
 */
@Controller
class ChannelPageController {

    /** The form fields of the credentials form: {@code credential.<name>} for each name the type reads. */
    static final String CREDENTIAL_FIELD = "credential.";
    private static final int MAX_REASON = 2000;

    private final ChannelRegistry channels;
    private final PublishingControl control;
    private final FollowerSnapshots followers;
    private final ChannelCredentials credentials;

    ChannelPageController(ChannelRegistry channels, PublishingControl control, FollowerSnapshots followers,
                          ChannelCredentials credentials) {
        this.channels = channels;
        this.control = control;
        this.followers = followers;
        this.credentials = credentials;
    }

    @GetMapping("/channels")
    String list(Model model) {
        List<Pause> pauses = control.pauses();
        model.addAttribute("channels", channels.accounts().stream().map(account -> row(account, pauses)).toList());
        model.addAttribute("everything", pauses.stream().filter(Pause::isAll).findFirst().orElse(null));
        return "channels/list";
    }

    @GetMapping("/channels/{id}")
    String show(@PathVariable String id, Model model) {
        return detail(id, model, new Form());
    }

    @PostMapping("/channels/{id}/pause")
    ModelAndView pause(@PathVariable String id, @RequestParam(required = false) String reason, Principal principal,
                 Model model, RedirectAttributes redirect) {
        String channel = require(id);
        Form form = new Form();
        form.reason = reason;
        String typed = reason == null ? "" : reason.strip();
        if (typed.isEmpty()) {
            form.errors.put("reason", "channels.pause.reason.required");
        } else if (typed.length() > MAX_REASON) {
            form.errors.put("reason", "channels.pause.reason.tooLong");
        }
        if (!form.errors.isEmpty()) {
            return refused(id, model, form, HttpStatus.BAD_REQUEST);
        }
        try {
            control.pause(channel, typed, Actor.of(principal));
        } catch (AlreadyPausedException e) {
            form.alert = "channels.pause.already";
            return refused(id, model, form, HttpStatus.CONFLICT);
        }
        redirect.addFlashAttribute("notice", "channels.paused.notice");
        return new ModelAndView("redirect:/channels/" + channel);
    }

    @PostMapping("/channels/{id}/resume")
    ModelAndView resume(@PathVariable String id, @RequestParam(required = false) String reason, Principal principal,
                  Model model, RedirectAttributes redirect) {
        String channel = require(id);
        String typed = reason == null || reason.isBlank() ? null : reason.strip();
        Form form = new Form();
        form.resumeReason = reason;
        if (typed != null && typed.length() > MAX_REASON) {
            form.errors.put("resumeReason", "channels.pause.reason.tooLong");
            return refused(id, model, form, HttpStatus.BAD_REQUEST);
        }
        int held;
        try {
            held = control.resume(channel, Actor.of(principal), typed).size();
        } catch (NotPausedException e) {
            form.alert = "channels.resume.notPaused";
            return refused(id, model, form, HttpStatus.CONFLICT);
        }
        redirect.addFlashAttribute("notice", "channels.resumed.notice");
        redirect.addFlashAttribute("heldBack", held);
        return new ModelAndView("redirect:/channels/" + channel);
    }

    @PostMapping("/channels/{id}/credentials")
    ModelAndView setCredentials(@PathVariable String id, @RequestParam MultiValueMap<String, String> fields,
                          Principal principal, Model model, RedirectAttributes redirect) {
        String channel = require(id);
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((field, typed) -> {
            if (field.startsWith(CREDENTIAL_FIELD) && !typed.isEmpty() && !typed.getFirst().isBlank()) {
                values.put(field.substring(CREDENTIAL_FIELD.length()), typed.getFirst());
            }
        });
        Form form = new Form();
        String newName = fields.getFirst("newName");
        String newValue = fields.getFirst("newValue");
        form.newName = newName;
        if (newName != null && !newName.isBlank()) {
            if (newValue == null || newValue.isBlank()) {
                form.errors.put("newValue", "channels.credentials.value.required");
                return refused(id, model, form, HttpStatus.BAD_REQUEST);
            }
            values.put(newName.strip(), newValue);
        }
        if (values.isEmpty()) {
            form.errors.put("credentials", "channels.credentials.none");
            return refused(id, model, form, HttpStatus.BAD_REQUEST);
        }
        try {
            credentials.set(channel, values, Actor.of(principal));
        } catch (CredentialsKeyMissingException e) {
            form.alert = "channels.credentials.noKey";
            return refused(id, model, form, HttpStatus.CONFLICT);
        } catch (InvalidFieldException e) {
            // the service's words name the credential, never its value
            for (FieldProblem problem : e.errors()) {
                form.problems.put(problem.field(), problem.message());
            }
            form.alert = "channels.credentials.refused";
            return refused(id, model, form, HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("notice", "channels.credentials.saved");
        return new ModelAndView("redirect:/channels/" + channel);
    }

    @PostMapping("/channels/{id}/credentials/clear")
    ModelAndView clearCredentials(@PathVariable String id, @RequestParam(required = false) String name,
                            Principal principal, RedirectAttributes redirect) {
        String channel = require(id);
        credentials.clear(channel, name == null || name.isBlank() ? Set.of() : Set.of(name), Actor.of(principal));
        redirect.addFlashAttribute("notice", "channels.credentials.cleared");
        return new ModelAndView("redirect:/channels/" + channel);
    }

    private ModelAndView refused(String id, Model model, Form form, HttpStatus status) {
        detail(id, model, form);
        ModelAndView page = new ModelAndView("channels/detail", model.asMap());
        page.setStatus(status);
        return page;
    }

    private String detail(String id, Model model, Form form) {
        String channel = require(id);
        List<Pause> pauses = control.pauses();
        ChannelAccount account = channels.accounts().stream().filter(a -> a.id().equals(channel)).findFirst()
                .orElseThrow();
        model.addAttribute("channel", row(account, pauses));
        model.addAttribute("everything", pauses.stream().filter(Pause::isAll).findFirst().orElse(null));
        model.addAttribute("credentials", credentials.names(channel));
        model.addAttribute("expectedNames", credentials.expectedNames(channel).orElse(null));
        model.addAttribute("canEnter", credentials.canEnter());
        model.addAttribute("form", form);
        return "channels/detail";
    }

    private ChannelRow row(ChannelAccount account, List<Pause> pauses) {
        Pause own = pauses.stream().filter(pause -> pause.scope().equals(account.id())).findFirst().orElse(null);
        Connection connection = own == null || own.cause() == PauseCause.PERSON ? Connection.OK
                : own.cause() == PauseCause.QUOTA ? Connection.QUOTA_EXHAUSTED : Connection.CREDENTIALS_INVALID;
        AccountStatus status = accountStatus(account.id());
        Optional<FollowerSnapshot> latest = followers.latest(account.id());
        return new ChannelRow(account.id(), account.type(), account.displayName(), connection,
                connection == Connection.OK ? null : own.resumeAt(), status,
                latest.map(FollowerSnapshot::followers).orElse(null), latest.map(FollowerSnapshot::readAt).orElse(null),
                own);
    }

    private AccountStatus accountStatus(String channelId) {
        try {
            return channels.require(channelId).accountStatus();
        } catch (RuntimeException cannotTell) {
            return AccountStatus.UNKNOWN;
        }
    }

    private String require(String typed) {
        return channels.idOf(typed).orElseThrow(() -> new ChannelNotFoundException(typed, channels.ids()));
    }


    /** What the platform last said about the account: fine, or refusing until some time. */
    enum Connection { OK, QUOTA_EXHAUSTED, CREDENTIALS_INVALID }

    /**
     * One channel as the pages show it.
     *
     * @param availableAt when the platform said the account works again; null when it did not say or all is well
     * @param followersAt when the latest follower count was read; null when there is none
     * @param pause       the channel's own pause, if any (a pause of everything is shown apart)
     */
    record ChannelRow(String id, String type, String displayName, Connection connection, Instant availableAt,
                      AccountStatus account, Long followers, Instant followersAt, Pause pause) {
    }

    /** What was typed into a form that is shown again, and the problems beside its fields. */
    static final class Form {
        String reason;
        String resumeReason;
        String newName;
        String alert;
        /** Field → message key. */
        final Map<String, String> errors = new LinkedHashMap<>();
        /** Credential name → the service's own words. */
        final Map<String, String> problems = new LinkedHashMap<>();

        public String getReason() {
            return reason;
        }

        public String getResumeReason() {
            return resumeReason;
        }

        public String getNewName() {
            return newName;
        }

        /** What the service said about the credential name typed in the free name field. */
        public String getNewNameProblem() {
            return newName == null ? null : problems.get(newName.strip());
        }

        public String getAlert() {
            return alert;
        }

        public Map<String, String> getErrors() {
            return errors;
        }

        public Map<String, String> getProblems() {
            return problems;
        }
    }
}

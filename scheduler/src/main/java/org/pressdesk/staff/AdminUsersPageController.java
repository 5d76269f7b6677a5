package org.pressdesk.staff;

import org.pressdesk.audit.AdminActions;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pressdesk.security.Actor;
import org.pressdesk.system.Names;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users} (admins only): the people who sign in, a form for a new one, and per person their roles,
 * whether they may sign in, and their API tokens — a new token is shown once, on the page after issuing it.
 * Every change goes through {@link StaffAdministration}, as the users API's do.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUsersPageController {

    private static final int RECENT_ACTIONS = 20;

    private final StaffUsers users;
    private final ApiTokens tokens;
    private final StaffAdministration admin;
    private final AdminActions actions;

    AdminUsersPageController(StaffUsers users, ApiTokens tokens, StaffAdministration admin, AdminActions actions) {
        this.users = users;
        this.tokens = tokens;
        this.admin = admin;
        this.actions = actions;
    }

    /** The new-user form; the password is never put back into the page. */
    public static final class NewUserForm {
        private String username = "";
        private String displayName = "";
        private String password = "";
        private List<String> roles = new ArrayList<>();

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public List<String> getRoles() {
            return roles;
        }

        public void setRoles(List<String> roles) {
            this.roles = roles == null ? new ArrayList<>() : roles;
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new NewUserForm());
        return listPage(model);
    }

    @PostMapping
    String create(Principal principal, @ModelAttribute("form") NewUserForm form, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        String username = Names.normalise(form.getUsername() == null ? "" : form.getUsername());
        if (username.isEmpty() || username.length() > Names.MAX_LENGTH) {
            errors.rejectValue("username", "users.error.username");
        } else if (users.find(username).isPresent()) {
            errors.rejectValue("username", "users.error.exists");
        }
        String password = form.getPassword() == null ? "" : form.getPassword();
        if (password.length() < StaffUsers.MIN_PASSWORD_LENGTH || password.length() > StaffUsers.MAX_PASSWORD_LENGTH) {
            errors.rejectValue("password", "users.error.password",
                    new Object[] {StaffUsers.MIN_PASSWORD_LENGTH, StaffUsers.MAX_PASSWORD_LENGTH}, null);
        }
        Set<StaffRole> roles = roles(form.getRoles());
        if (errors.hasErrors()) {
            response.setStatus(422);
            return listPage(model);
        }
        StaffUser created = admin.create(Actor.of(principal), username, form.getDisplayName(), password, roles);
        redirect.addFlashAttribute("notice", "users.created");
        redirect.addAttribute("username", created.username());
        return "redirect:/admin/users/{username}";
    }

    @GetMapping("/{username}")
    String user(@PathVariable String username, Model model) {
        StaffUser user = users.get(username);
        model.addAttribute("user", user);
        model.addAttribute("tokens", tokens.of(user.username()));
        model.addAttribute("allRoles", StaffRole.values());
        return "staff/user";
    }

    @PostMapping("/{username}/roles")
    String setRoles(Principal principal, @PathVariable String username,
                    @RequestParam(required = false) List<String> roles, RedirectAttributes redirect) {
        return refusingSelfLockout(redirect, username, "users.rolesSaved",
                () -> admin.setRoles(Actor.of(principal), username, roles(roles)));
    }

    @PostMapping("/{username}/enabled")
    String setEnabled(Principal principal, @PathVariable String username, @RequestParam boolean enabled,
                      RedirectAttributes redirect) {
        return refusingSelfLockout(redirect, username, enabled ? "users.enabledNotice" : "users.disabledNotice",
                () -> admin.setEnabled(Actor.of(principal), username, enabled));
    }

    @PostMapping("/{username}/tokens")
    String issue(Principal principal, @PathVariable String username, @RequestParam(required = false) String name,
                 RedirectAttributes redirect) {
        StaffUser user = users.get(username);
        redirect.addAttribute("username", user.username());
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            redirect.addFlashAttribute("alert", "users.tokens.nameNeeded");
            return "redirect:/admin/users/{username}";
        }
        IssuedToken issued = admin.issueToken(Actor.of(principal), user.username(), label);
        // A flash attribute lives in the session only until the next page shows it: the one time it is seen.
        redirect.addFlashAttribute("issuedToken", issued.secret());
        return "redirect:/admin/users/{username}";
    }

    @PostMapping("/{username}/tokens/{id}/revoke")
    String revoke(Principal principal, @PathVariable String username, @PathVariable long id,
                  RedirectAttributes redirect) {
        ApiToken revoked = admin.revokeToken(Actor.of(principal), username, id);
        redirect.addFlashAttribute("notice", "users.tokens.revoked");
        redirect.addAttribute("username", revoked.username());
        return "redirect:/admin/users/{username}";
    }

    private String refusingSelfLockout(RedirectAttributes redirect, String username, String notice,
                                       java.util.function.Supplier<StaffUser> change) {
        try {
            StaffUser changed = change.get();
            redirect.addFlashAttribute("notice", notice);
            redirect.addAttribute("username", changed.username());
        } catch (SelfLockoutException refused) {
            redirect.addFlashAttribute("alert", "users.error.selfLockout");
            redirect.addAttribute("username", Names.normalise(username));
        }
        return "redirect:/admin/users/{username}";
    }

    private String listPage(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("allRoles", StaffRole.values());
        model.addAttribute("recentActions", actions.latest(RECENT_ACTIONS));
        model.addAttribute("minLength", StaffUsers.MIN_PASSWORD_LENGTH);
        return "staff/users";
    }

    /** Checkbox values; anything that is no role is ignored (the form offers only roles). */
    private static Set<StaffRole> roles(List<String> typed) {
        Set<StaffRole> roles = java.util.EnumSet.noneOf(StaffRole.class);
        if (typed != null) {
            typed.forEach(name -> StaffRole.of(name).ifPresent(roles::add));
        }
        return roles;
    }
}

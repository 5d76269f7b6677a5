package org.pressdesk.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.pressdesk.staff.StaffUser;
import org.pressdesk.staff.StaffUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /account/password}: a signed-in person chooses their own password (at once, after a one-time one). */
@Controller
class AccountPageController {

    private final StaffUsers users;

    AccountPageController(StaffUsers users) {
        this.users = users;
    }

    /** What the form posts; the passwords are never put back into the page. */
    public static final class PasswordForm {
        private String current = "";
        private String password = "";
        private String repeated = "";

        public String getCurrent() {
            return current;
        }

        public void setCurrent(String current) {
            this.current = current;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getRepeated() {
            return repeated;
        }

        public void setRepeated(String repeated) {
            this.repeated = repeated;
        }
    }

    @GetMapping(PasswordChangeRequired.PAGE)
    String form(Principal principal, Model model) {
        model.addAttribute("form", new PasswordForm());
        return page(principal, model);
    }

    @PostMapping(PasswordChangeRequired.PAGE)
    String change(Principal principal, @ModelAttribute("form") PasswordForm form, BindingResult errors, Model model,
                  HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        StaffUser user = users.get(Actor.of(principal));
        if (!users.passwordMatches(user, form.getCurrent())) {
            errors.rejectValue("current", "account.password.wrongCurrent");
        }
        String chosen = form.getPassword() == null ? "" : form.getPassword();
        if (chosen.length() < StaffUsers.MIN_PASSWORD_LENGTH || chosen.length() > StaffUsers.MAX_PASSWORD_LENGTH) {
            errors.rejectValue("password", "account.password.length",
                    new Object[] {StaffUsers.MIN_PASSWORD_LENGTH, StaffUsers.MAX_PASSWORD_LENGTH}, null);
        } else if (chosen.equals(form.getCurrent())) {
            errors.rejectValue("password", "account.password.same");
        }
        if (!chosen.equals(form.getRepeated())) {
            errors.rejectValue("repeated", "account.password.differs");
        }
        if (errors.hasErrors()) {
            response.setStatus(422);
            return page(principal, model);
        }
        users.setPassword(user.username(), chosen, false);
        PasswordChangeRequired.done(session);
        redirect.addFlashAttribute("changed", true);
        return "redirect:" + PasswordChangeRequired.PAGE;
    }

    private String page(Principal principal, Model model) {
        model.addAttribute("mustChange", users.find(Actor.of(principal)).map(StaffUser::mustChangePassword).orElse(false));
        model.addAttribute("minLength", StaffUsers.MIN_PASSWORD_LENGTH);
        return "security/password";
    }
}

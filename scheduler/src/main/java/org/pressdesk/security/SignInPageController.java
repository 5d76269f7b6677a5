package org.pressdesk.security;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security's form login takes the POST. */
@Controller
class SignInPageController {

    @GetMapping("/login")
    String signIn(Principal principal, HttpSession session, Model model) {
        if (principal != null) {
            return "redirect:/";
        }
        model.addAttribute("typedUsername", SignInFailed.takeTypedUsername(session));
        return "security/login";
    }
}

package org.pressdesk.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The address staff type: it opens the queue. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/queue";
    }
}

package org.pressdesk.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A page that is nothing but the layout around a heading, for {@link LayoutTest}. */
@Controller
public class LayoutProbe {

    static final String PATH = "/test-pages/layout";

    @GetMapping(PATH)
    String page() {
        return "layout-probe";
    }
}

package org.pressdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.pressdesk.system.OfficeProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout needs on every staff page: who is signed in, the links to this page in each
 * language, and the office's time zone, in which every time on a page is shown.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    private final OfficeProperties office;

    PageModel(OfficeProperties office) {
        this.office = office;
    }

    @ModelAttribute("signedIn")
    String signedIn(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        for (Locale language : WebConfiguration.LANGUAGES) {
            String tag = language.toLanguageTag();
            links.put(tag, ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", tag)
                    .replacePath(request.getRequestURI()).build().toUriString());
        }
        return links;
    }

    @ModelAttribute("officeZone")
    String officeZone() {
        return office.zone().getId();
    }

    @ModelAttribute("pageTimes")
    PageTimes pageTimes() {
        return new PageTimes(office.zone());
    }

    /** {@code ${pageTimes.show(instant)}} on a page: the office's local time, to the minute. */
    public record PageTimes(java.time.ZoneId zone) {

        private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        public String show(Instant instant) {
            return instant == null ? "" : MINUTE.format(instant.atZone(zone));
        }

        /** The value an {@code <input type="datetime-local">} takes. */
        public String input(Instant instant) {
            return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                    instant.atZone(zone).toLocalDateTime().withSecond(0).withNano(0)).substring(0, 16);
        }
    }
}

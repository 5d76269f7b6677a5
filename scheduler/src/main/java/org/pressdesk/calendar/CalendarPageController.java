package org.pressdesk.calendar;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pressdesk.security.Actor;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.post.ConcurrentTargetModificationException;
import org.pressdesk.post.IllegalTransitionException;
import org.pressdesk.post.PostNotFoundException;
import org.pressdesk.post.PostWorkflow;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.OfficeProperties;
import org.pressdesk.system.OfficeTime;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The calendar ({@code /calendar?view=week|month&date=2026-03-02&channel=weibo-sample}): posts by the day they
 * are due or went out, in the office's zone, and the radio segments' episodes at their air times. A post is
 * moved to another time by dragging it (calendar.js posts to {@code /calendar/targets/{id}/move} and reads JSON) or
 * with its form ({@code …/reschedule}, redirected back with a notice); either way through {@link PostWorkflow#reschedule}, as the API does.
 */
@Controller
class CalendarPageController {

    private final CalendarEntries entries;
    private final RadioEpisodes episodes;
    private final PostWorkflow workflow;
    private final OfficeTime time;
    private final OfficeProperties office;
    private final ChannelRegistry channels;
    private final MessageSource messages;

    CalendarPageController(CalendarEntries entries, RadioEpisodes episodes, PostWorkflow workflow, OfficeTime time,
                           OfficeProperties office, ChannelRegistry channels, MessageSource messages) {
        this.entries = entries;
        this.episodes = episodes;
        this.workflow = workflow;
        this.time = time;
        this.office = office;
        this.channels = channels;
        this.messages = messages;
    }

    /** A day on the page, with what is on it in time order. */
    record Day(LocalDate date, boolean inPeriod, boolean today, List<CalendarItem> items,
               List<RadioEpisodes.Episode> episodes) {
    }

    @GetMapping("/calendar")
    String page(@RequestParam(required = false) String view, @RequestParam(required = false) String date,
                @RequestParam(required = false) String channel, Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.ofInstant(time.now(), office.zone());
        LocalDate day = today;
        if (date != null && !date.isBlank()) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                errors.put("date", "calendar.error.date");
            }
        }
        String channelId = null;
        if (channel != null && !channel.isBlank()) {
            channelId = channels.idOf(channel).orElse(null);
            if (channelId == null) {
                errors.put("channel", "calendar.error.channel");
            }
        }
        boolean month = "month".equalsIgnoreCase(view == null ? "" : view.strip());
        CalendarPeriod period = new CalendarPeriod(month, day);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("errors", errors);
        model.addAttribute("typedDate", date == null ? day.toString() : date);
        model.addAttribute("view", month ? "month" : "week");
        model.addAttribute("date", day);
        model.addAttribute("channel", channelId == null ? "" : channelId);
        model.addAttribute("channels", channels.accounts().stream().map(ChannelAccount::id).toList());
        model.addAttribute("weeks", days(period, today, channelId));
        model.addAttribute("previous", link(month, period.previous(), channelId));
        model.addAttribute("next", link(month, period.next(), channelId));
        model.addAttribute("current", link(month, today, channelId));
        model.addAttribute("otherView", link(!month, day, channelId));
        model.addAttribute("first", period.first());
        model.addAttribute("last", period.last());
        return "calendar/calendar";
    }

    private List<List<Day>> days(CalendarPeriod period, LocalDate today, String channelId) {
        ZoneId zone = office.zone();
        Map<LocalDate, List<CalendarItem>> items = new LinkedHashMap<>();
        for (CalendarItem item : entries.between(time.startOf(period.first()), time.startOf(period.last().plusDays(1)),
                channelId)) {
            items.computeIfAbsent(item.at().atZone(zone).toLocalDate(), key -> new ArrayList<>()).add(item);
        }
        Map<LocalDate, List<RadioEpisodes.Episode>> aired = new LinkedHashMap<>();
        for (RadioEpisodes.Episode episode : episodes.between(period.first().minusDays(1), period.last().plusDays(1),
                channelId)) {
            aired.computeIfAbsent(episode.airsAt().toInstant().atZone(zone).toLocalDate(), key -> new ArrayList<>())
                    .add(episode);
        }
        return period.weeks().stream().map(week -> week.stream().map(day -> new Day(day, period.covers(day),
                day.equals(today), items.getOrDefault(day, List.of()), aired.getOrDefault(day, List.of()))).toList())
                .toList();
    }

    private static String link(boolean month, LocalDate date, String channel) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/calendar").queryParam("view", month ? "month" : "week")
                .queryParam("date", date);
        if (channel != null) {
            uri.queryParam("channel", channel);
        }
        return uri.encode().build().toUriString();
    }

    // --- moving a post ------------------------------------------------------------------------------

    /** What became of a move: the status to answer, the message to show, and the item as it now stands. */
    record Moved(HttpStatus status, String message, CalendarItem item) {

        boolean ok() {
            return status.is2xxSuccessful();
        }
    }

    /** From calendar.js: the answer is JSON, and the page moves the item itself (or leaves it, with the message). */
    @PostMapping(path = "/calendar/targets/{targetId}/move", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> rescheduleFromScript(@PathVariable long targetId,
                                                             @RequestParam(required = false) String at,
                                                             Principal principal, Locale locale) {
        Moved moved = reschedule(targetId, at, principal, locale);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", moved.ok());
        body.put("message", moved.message());
        if (moved.item() != null && moved.item().at() != null) {
            var local = moved.item().at().atZone(office.zone());
            body.put("date", local.toLocalDate().toString());
            body.put("time", local.toLocalTime().withSecond(0).withNano(0).toString());
            body.put("state", moved.item().state().name());
            body.put("stateLabel", messages.getMessage("state." + moved.item().state().name(), null, locale));
        }
        return ResponseEntity.status(moved.status()).body(body);
    }

    /** The form beside each item, for pages without script: back to the calendar with a notice. */
    @PostMapping("/calendar/targets/{targetId}/reschedule")
    String rescheduleFromForm(@PathVariable long targetId, @RequestParam(required = false) String at,
                              @RequestParam(required = false) String view, @RequestParam(required = false) String date,
                              @RequestParam(required = false) String channel, Principal principal, Locale locale,
                              RedirectAttributes redirect) {
        Moved moved = reschedule(targetId, at, principal, locale);
        redirect.addFlashAttribute(moved.ok() ? "notice" : "alert", moved.message());
        LocalDate back;
        try {
            back = date == null || date.isBlank() ? LocalDate.ofInstant(time.now(), office.zone()) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            back = LocalDate.ofInstant(time.now(), office.zone());
        }
        String channelId = channel == null || channel.isBlank() ? null : channels.idOf(channel).orElse(null);
        return "redirect:" + link("month".equals(view), back, channelId);
    }

    private Moved reschedule(long targetId, String at, Principal principal, Locale locale) {
        if (principal == null) {
            return new Moved(HttpStatus.FORBIDDEN, text(locale, "calendar.refused.signIn"), null);
        }
        CalendarItem item = entries.target(targetId).orElse(null);
        if (item == null) {
            return new Moved(HttpStatus.NOT_FOUND, text(locale, "calendar.refused.notFound"), null);
        }
        if (at == null || at.isBlank()) {
            return new Moved(HttpStatus.BAD_REQUEST, text(locale, "calendar.refused.time", ""), item);
        }
        Instant when;
        try {
            when = time.parse("at", at, office.zone());
        } catch (InvalidFieldException e) {
            return new Moved(HttpStatus.BAD_REQUEST, text(locale, "calendar.refused.time", at), item);
        }
        try {
            time.requireSchedulable("at", when);
        } catch (InvalidFieldException e) {
            String shown = time.show(when).toLocalDateTime().toString().replace('T', ' ');
            return new Moved(HttpStatus.BAD_REQUEST, text(locale, when.isBefore(time.now())
                    ? "calendar.refused.past" : "calendar.refused.horizon", shown), item);
        }
        try {
            workflow.reschedule(item.postId(), item.channel(), when, Actor.of(principal), null);
        } catch (IllegalTransitionException e) {
            CalendarItem now = entries.target(targetId).orElse(item);
            return new Moved(HttpStatus.CONFLICT, text(locale, "calendar.refused.state", now.title(),
                    text(locale, "state." + now.state().name())), now);
        } catch (ConcurrentTargetModificationException e) {
            return new Moved(HttpStatus.CONFLICT, text(locale, "calendar.refused.changed"),
                    entries.target(targetId).orElse(item));
        } catch (PostNotFoundException e) {
            return new Moved(HttpStatus.NOT_FOUND, text(locale, "calendar.refused.notFound"), null);
        }
        CalendarItem moved = entries.target(targetId).orElse(item);
        return new Moved(HttpStatus.OK, text(locale, "calendar.moved", moved.title(),
                time.show(moved.at()).toLocalDateTime().toString().replace('T', ' ')), moved);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

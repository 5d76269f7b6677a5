package org.pressdesk.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.system.OfficeProperties;
import org.pressdesk.system.OfficeTime;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit page ({@code /audit}): every state change and admin action, newest first, filtered by date range
 * (office dates), actor, post, channel and kind, paged; {@code /audit.csv} exports what the same filters select.
 */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 50;
    private static final List<String> COLUMNS = List.of("at", "actor", "kind", "post", "channel", "subject", "from",
            "to", "detail");

    private final AuditTrail trail;
    private final OfficeTime time;
    private final OfficeProperties office;
    private final ChannelRegistry channels;
    private final MessageSource messages;

    AuditPageController(AuditTrail trail, OfficeTime time, OfficeProperties office, ChannelRegistry channels,
                        MessageSource messages) {
        this.trail = trail;
        this.time = time;
        this.office = office;
        this.channels = channels;
        this.messages = messages;
    }

    @GetMapping("/audit")
    String page(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        Filters filters = Filters.read(params, time);
        model.addAttribute("filters", filters);
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("channels", channels.ids());
        if (!filters.errors().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("events", List.of());
            return "audit/audit";
        }
        long total = trail.count(filters.query());
        int page = Math.max(0, Math.min(filters.page(), (int) Math.max(0, (total - 1) / PAGE_SIZE)));
        model.addAttribute("events", trail.page(filters.query(), page, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("previous", page > 0 ? link("/audit", filters, page - 1) : null);
        model.addAttribute("next", (long) (page + 1) * PAGE_SIZE < total ? link("/audit", filters, page + 1) : null);
        model.addAttribute("export", link("/audit.csv", filters, null));
        return "audit/audit";
    }

    @GetMapping("/audit.csv")
    void csv(@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) throws IOException {
        Filters filters = Filters.read(params, time);
        if (!filters.errors().isEmpty()) {
            response.sendError(HttpStatus.BAD_REQUEST.value(), String.join("; ", filters.errors().keySet()));
            return;
        }
        List<String> header = COLUMNS.stream()
                .map(column -> messages.getMessage("audit.column." + column, null, locale)).toList();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        AuditCsv.write(out, header, trail.all(filters.query()), office.zone());
        out.flush();
    }

    private static String link(String path, Filters filters, Integer page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        filters.typed().forEach((name, value) -> {
            if (!value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        if (page != null && page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    /**
     * The filters as typed (kept on the page), what they select, and for each one that cannot be read the
     * message key to show beside it.
     */
    record Filters(Map<String, String> typed, AuditQuery query, int page, Map<String, String> errors) {

        static final List<String> NAMES = List.of("from", "to", "actor", "post", "channel", "kind");

        static Filters read(Map<String, String> params, OfficeTime time) {
            Map<String, String> typed = new LinkedHashMap<>();
            for (String name : NAMES) {
                typed.put(name, params.getOrDefault(name, "").strip());
            }
            Map<String, String> errors = new LinkedHashMap<>();
            LocalDate from = date(typed.get("from"), "from", errors);
            LocalDate to = date(typed.get("to"), "to", errors);
            if (from != null && to != null && to.isBefore(from)) {
                errors.put("to", "audit.error.toBeforeFrom");
            }
            Long post = null;
            if (!typed.get("post").isEmpty()) {
                try {
                    post = Long.parseLong(typed.get("post").replaceFirst("^#", ""));
                } catch (NumberFormatException e) {
                    errors.put("post", "audit.error.post");
                }
            }
            AuditKind kind = null;
            if (!typed.get("kind").isEmpty()) {
                try {
                    kind = AuditKind.valueOf(typed.get("kind").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.put("kind", "audit.error.kind");
                }
            }
            int page = 0;
            try {
                page = Math.max(0, Integer.parseInt(params.getOrDefault("page", "0").strip()));
            } catch (NumberFormatException e) {
                // a mangled page number shows the first page
            }
            AuditQuery query = new AuditQuery(from == null ? null : time.startOf(from),
                    to == null ? null : time.startOf(to.plusDays(1)), blankToNull(typed.get("actor")), post,
                    blankToNull(typed.get("channel")), kind);
            return new Filters(typed, query, page, errors);
        }

        private static LocalDate date(String text, String field, Map<String, String> errors) {
            if (text.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                errors.put(field, "audit.error.date");
                return null;
            }
        }

        private static String blankToNull(String text) {
            return text.isEmpty() ? null : text;
        }
    }
}

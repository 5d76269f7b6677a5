package org.pressdesk.post;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.content.ContentKind;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.OfficeTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The queue page: posts newest first, filtered by a target's state, channel and scheduled day and the
 * post's kind. It lists with {@link PostRepository#slice}, the same conditions and order as
 * {@code GET /api/posts} read by key: no count and no skipped rows, so the thousandth page of a million
 * posts costs what the first does; the pager goes to older and newer posts, not to numbered pages.
 */
@Controller
class QueuePageController {

    static final int PAGE_SIZE = 20;

    private final PostRepository posts;
    private final ChannelFilter channelFilter;
    private final ChannelRegistry channels;
    private final OfficeTime time;

    QueuePageController(PostRepository posts, ChannelFilter channelFilter, ChannelRegistry channels, OfficeTime time) {
        this.posts = posts;
        this.channelFilter = channelFilter;
        this.channels = channels;
        this.time = time;
    }

    /** The filters as typed, shown back in the form. */
    record QueueFilter(String state, String channel, String kind, String from, String to) {
    }

    @GetMapping("/queue")
    String queue(QueueFilter filter, @RequestParam(required = false) Long before,
                 @RequestParam(required = false) Long after, Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        TargetState state = parse(filter.state(), "state", errors, typed -> TargetState.valueOf(typed));
        ContentKind kind = parse(filter.kind(), "kind", errors, typed -> ContentKind.valueOf(typed));
        LocalDate from = parse(filter.from(), "from", errors, LocalDate::parse);
        LocalDate to = parse(filter.to(), "to", errors, LocalDate::parse);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", "queue.error.toBeforeFrom");
        }
        String channelId = null;
        try {
            channelId = channelFilter.idOf(filter.channel());
        } catch (InvalidFieldException unknown) {
            errors.put("channel", "queue.error.channel");
        }
        model.addAttribute("filter", filter);
        model.addAttribute("errors", errors);
        model.addAttribute("states", TargetState.values());
        model.addAttribute("kinds", ContentKind.values());
        model.addAttribute("channels", channels.ids());
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("posts", List.of());
            return "queue/queue";
        }
        PostQuery query = new PostQuery(state, channelId, kind, from == null ? null : time.startOf(from),
                to == null ? null : time.startOf(to.plusDays(1)), 0, PAGE_SIZE);
        List<Post> shown;
        boolean newer;
        boolean older;
        if (after != null) {
            PostSlice slice = posts.slice(query.reversed().beyond(after));
            shown = slice.posts().reversed();
            newer = slice.more();
            older = true;
        } else {
            PostSlice slice = posts.slice(query.beyond(before));
            shown = slice.posts();
            newer = before != null;
            older = slice.more();
        }
        model.addAttribute("posts", shown);
        model.addAttribute("newerLink", newer && !shown.isEmpty() ? link("after", shown.getFirst().id()) : null);
        model.addAttribute("olderLink", older && !shown.isEmpty() ? link("before", shown.getLast().id()) : null);
        model.addAttribute("newestLink", newer ? link(null, 0) : null);
        return "queue/queue";
    }

    /** This page with its filters, continuing after or before a post (or from the top). */
    private static String link(String direction, long id) {
        ServletUriComponentsBuilder link = ServletUriComponentsBuilder.fromCurrentRequest();
        link.replaceQueryParam("before").replaceQueryParam("after").replaceQueryParam("lang");
        if (direction != null) {
            link.replaceQueryParam(direction, id);
        }
        return link.build().toUriString();
    }

    private interface Parser<T> {
        T parse(String typed);
    }

    private static <T> T parse(String typed, String field, Map<String, String> errors, Parser<T> parser) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return parser.parse(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | DateTimeParseException unusable) {
            errors.put(field, "queue.error." + field);
            return null;
        }
    }
}

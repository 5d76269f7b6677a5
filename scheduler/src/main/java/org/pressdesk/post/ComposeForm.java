package org.pressdesk.post;

import java.util.List;
import org.pressdesk.content.ContentKind;
import org.pressdesk.slot.NextSlots;
import org.pressdesk.system.OfficeTime;

/**
 * The compose page's form as typed, kept whole so a refused form comes back with everything in it.
 *
 * @param schedule    {@code now}, {@code at} (then {@code scheduledAt}, a local date-time in the office's zone)
 *                    or {@code next-slot}
 * @param topics      a briefing's topics, one a line
 * @param action      {@code draft} to save it, {@code submit} to save it and send it for approval
 */
record ComposeForm(String kind, String title, String body, String language, String question, String answer,
                   String spokesperson, String topics, String hashtag, String link, List<String> channels,
                   String schedule, String scheduledAt, String action) {

    static final String AT = "at";

    static ComposeForm empty() {
        return new ComposeForm(ContentKind.STATEMENT.name(), "", "", "zh-Hans", "", "", "", "", "", "", List.of(),
                OfficeTime.NOW, "", "draft");
    }

    ComposeForm {
        channels = channels == null ? List.of() : List.copyOf(channels);
        schedule = schedule == null || schedule.isBlank() ? OfficeTime.NOW : schedule.strip();
    }

    public boolean submits() {
        return "submit".equals(action);
    }

    public boolean chose(String channel) {
        return channels.contains(channel);
    }

    /** The same request {@code POST /api/posts} takes, so the API's checks are the form's. */
    PostRequests.CreatePost request(String author) {
        ContentKind contentKind = null;
        try {
            contentKind = kind == null || kind.isBlank() ? null : ContentKind.valueOf(kind.strip());
        } catch (IllegalArgumentException unknown) {
            // Left null: the request's own check names the field.
        }
        List<String> topicList = topics == null ? List.of() : topics.lines().map(String::strip)
                .filter(topic -> !topic.isEmpty()).toList();
        PostRequests.Fields fields = new PostRequests.Fields(blankToNull(question), blankToNull(answer),
                blankToNull(spokesperson), topicList.isEmpty() ? null : topicList, blankToNull(hashtag));
        String when = switch (schedule) {
            case AT -> scheduledAt == null || scheduledAt.isBlank() ? "" : scheduledAt.strip();
            case NextSlots.NEXT_SLOT -> NextSlots.NEXT_SLOT;
            default -> OfficeTime.NOW;
        };
        return new PostRequests.CreatePost(contentKind, title, body, language, null, fields, blankToNull(link), author,
                when, null, channels.stream().map(channel -> new PostRequests.Target(channel, null)).toList());
    }

    /**
     * The form field an API field is shown beside: {@code fields.question} beside {@code question}, a target's
     * channel beside the channels, its time beside the schedule.
     */
    static String formField(String apiField) {
        if (apiField.startsWith("fields.")) {
            String name = apiField.substring("fields.".length());
            int index = name.indexOf('[');
            return index < 0 ? name : name.substring(0, index);
        }
        if (apiField.startsWith("targets")) {
            return apiField.endsWith(".scheduledAt") ? "scheduledAt" : "channels";
        }
        return switch (apiField) {
            case "scheduledAt", "timeZone" -> "scheduledAt";
            case "author" -> "form";
            default -> apiField;
        };
    }

    private static String blankToNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed;
    }
}

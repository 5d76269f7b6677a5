package org.pressdesk.control;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.system.OfficeTime;

/** What the control API returns; times are in the office's zone. */
final class ControlViews {

    private ControlViews() {
    }

    /** Where publishing goes on: everywhere, nowhere (everything paused), or partly (some channels paused). */
    enum Publishing {
        EVERYWHERE, NOWHERE, PARTLY;

        static Publishing of(List<Pause> pauses) {
            if (pauses.isEmpty()) {
                return EVERYWHERE;
            }
            return pauses.stream().anyMatch(Pause::isAll) ? NOWHERE : PARTLY;
        }

        @JsonValue
        String shown() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param publishing {@code everywhere}, {@code nowhere} (everything paused) or {@code partly} (some channels)
     * @param paused    every paused scope, oldest first; empty when everything publishes
     * @param staleness how late a target may still go out after a pause (ISO-8601 duration)
     */
    record ControlView(Publishing publishing, List<PauseView> paused, String staleness) {
    }

    /**
     * @param scope    {@code all} or a channel id
     * @param cause    PERSON, QUOTA or CREDENTIALS
     * @param resumeAt when the pause lifts itself; null when a person must resume it
     */
    record PauseView(String scope, PauseCause cause, String reason, String pausedBy, OffsetDateTime pausedAt,
                     OffsetDateTime resumeAt) {

        static PauseView of(Pause pause, OfficeTime time) {
            return new PauseView(pause.scopeName(), pause.cause(), pause.reason(), pause.pausedBy(),
                    time.show(pause.pausedAt()), time.show(pause.resumeAt()));
        }
    }

    /** @param heldBack targets overdue by more than the staleness: a person reschedules or cancels each */
    record ResumedView(String scope, List<HeldView> heldBack) {
    }

    record HeldView(long postId, long targetId, String channel, OffsetDateTime scheduledAt) {

        static HeldView of(PublishTarget target, OfficeTime time) {
            return new HeldView(target.postId(), target.id(), target.channelId(), time.show(target.scheduledAt()));
        }
    }

    record EventView(String scope, ControlEvent.Action action, String actor, OffsetDateTime occurredAt,
                     String reason) {

        static EventView of(ControlEvent event, OfficeTime time) {
            return new EventView(event.scope().equals(Pause.ALL) ? "all" : event.scope(), event.action(),
                    event.actor(), time.show(event.occurredAt()), event.reason());
        }
    }
}

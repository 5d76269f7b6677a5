package org.pressdesk.control;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.pressdesk.security.Actor;
import org.pressdesk.system.PublishableText;

/** The JSON bodies the control API accepts. */
final class ControlRequests {

    private ControlRequests() {
    }

    /**
     * @param scope  {@code all} or a channel id
     * @param reason why, kept in the audit and shown with the pause
     * @param actor  who pauses it
     */
    record PauseRequest(@NotBlank @Size(max = 100) @PublishableText(name = true) String scope,
                        @NotBlank @Size(max = 2000) @PublishableText(multiline = true) String reason,
                        @Schema(description = Actor.FIELD_DESCRIPTION, deprecated = true)
                        @Size(max = 100) @PublishableText(name = true) String actor) {
    }

    /**
     * @param scope  {@code all} or a channel id, as paused
     * @param actor  who resumes it
     * @param reason why, or nothing
     */
    record ResumeRequest(@NotBlank @Size(max = 100) @PublishableText(name = true) String scope,
                         @Schema(description = Actor.FIELD_DESCRIPTION, deprecated = true)
                         @Size(max = 100) @PublishableText(name = true) String actor,
                         @Size(max = 2000) @PublishableText(multiline = true) String reason) {
    }
}

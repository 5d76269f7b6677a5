package org.pressdesk.post;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.pressdesk.content.ContentKind;

/** The JSON bodies the post API accepts. */
final class PostRequests {

    private PostRequests() {
    }

    /**
     * A new post.
     *
     * @param scheduledAt default publishing time for targets that give none: {@code now}, a local
     *                    date-time in {@code timeZone} (default: the office's), or one with an offset;
     *                    absent = not scheduled yet
     */
    record CreatePost(@NotNull ContentKind kind,
                      @NotBlank @Size(max = 500) String title,
                      @NotBlank @Size(max = 20_000) String body,
                      @NotBlank String language,
                      @Valid Source source,
                      @Size(max = 2000) String link,
                      @NotBlank @Size(max = 100) String author,
                      String scheduledAt,
                      String timeZone,
                      @NotEmpty @Size(max = 50) List<@Valid @NotNull Target> targets) {
    }

    record Source(LocalDate conferenceDate, @Positive Integer questionNumber, @Size(max = 500) String reference) {
    }

    record Target(@NotBlank @Size(max = 100) String channel, String scheduledAt) {
    }

    /** submit, approve, return, cancel. */
    record Action(@NotBlank @Size(max = 100) String actor, @Size(max = 2000) String reason) {
    }

    record Reschedule(@NotBlank @Size(max = 100) String actor, @NotBlank String scheduledAt, String timeZone,
                      @Size(max = 100) String channel, @Size(max = 2000) String reason) {
    }

    /** PUBLISHED (with url), RESEND or ABANDON. */
    record Resolve(@NotNull Outcome resolution, @Size(max = 2000) String url,
                   @Size(max = Receipt.MAX_REMOTE_ID) String remoteId,
                   @NotBlank @Size(max = 100) String actor, @Size(max = 2000) String reason) {

        enum Outcome { PUBLISHED, RESEND, ABANDON }
    }
}

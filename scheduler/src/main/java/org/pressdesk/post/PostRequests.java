package org.pressdesk.post;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.pressdesk.content.ContentKind;
import org.pressdesk.security.Actor;
import org.pressdesk.system.PublishableText;

/** The JSON bodies the post API accepts (in the API document by names that say whose they are). */
final class PostRequests {

    private PostRequests() {
    }

    /**
     * A new post.
     *
     * @param scheduledAt default publishing time for targets that give none: {@code now}, a local
     *                    date-time in {@code timeZone} (default: the office's), one with an offset, or
     *                    {@code next-slot} (each target its channel's next free slot, {@code pressdesk.slots});
     *                    absent = not scheduled yet
     */
    record CreatePost(@NotNull ContentKind kind,
                      @NotBlank @Size(max = 500) @PublishableText String title,
                      @NotBlank @Size(max = 20_000) @PublishableText(multiline = true) String body,
                      @NotBlank @PublishableText String language,
                      @Valid Source source,
                      @Valid Fields fields,
                      @Size(max = 2000) @PublishableText String link,
                      @Schema(description = Actor.FIELD_DESCRIPTION, deprecated = true)
                      @Size(max = 100) @PublishableText(name = true) String author,
                      @PublishableText String scheduledAt,
                      @PublishableText String timeZone,
                      @NotEmpty @Size(max = 50) List<@Valid @NotNull Target> targets) {
    }

    /**
     * What templates print beside the title and body; which a post needs depends on its kind.
     *
     * @param topics what a briefing covered, one topic an item
     */
    @Schema(name = "NewPostFields")
    record Fields(@Size(max = 5000) @PublishableText(multiline = true) String question,
                  @Size(max = 20_000) @PublishableText(multiline = true) String answer,
                  @Size(max = 100) @PublishableText String spokesperson,
                  @Size(max = 20) List<@NotBlank @Size(max = 100) @PublishableText String> topics,
                  @Size(max = 100) @PublishableText String hashtag) {
    }

    @Schema(name = "NewPostSource")
    record Source(LocalDate conferenceDate, @Positive Integer questionNumber,
                  @Size(max = 500) @PublishableText String reference) {
    }

    @Schema(name = "NewPostTarget")
    record Target(@NotBlank @Size(max = 100) @PublishableText(name = true) String channel, @PublishableText String scheduledAt) {
    }

    /** submit, approve, return, cancel. */
    @Schema(name = "PostAction")
    record Action(@Schema(description = Actor.FIELD_DESCRIPTION, deprecated = true)
                  @Size(max = 100) @PublishableText(name = true) String actor,
                  @Size(max = 2000) @PublishableText(multiline = true) String reason) {
    }

    /**
     * A correction of a published post: its text, and optionally its title and the channels (of those the
     * original went out on) it goes to.
     */
    @Schema(name = "PostCorrection")
    record Correct(@Schema(description = Actor.FIELD_DESCRIPTION, deprecated = true)
                   @Size(max = 100) @PublishableText(name = true) String actor,
                   @Size(max = 500) @PublishableText String title,
                   @NotBlank @Size(max = 20_000) @PublishableText(multiline = true) String body,
                   @Size(max = 50) List<@NotBlank @Size(max = 100) @PublishableText(name = true) String> channels) {
    }

    /** Withdraw: taking a published post down needs a reason, kept in every target's history. */
    @Schema(name = "PostWithdrawal")
    record Withdraw(@Schema(description = Actor.FIELD_DESCRIPTION, deprecated = true)
                    @Size(max = 100) @PublishableText(name = true) String actor,
                    @NotBlank @Size(max = 2000) @PublishableText(multiline = true) String reason) {
    }

    @Schema(name = "PostReschedule")
    record Reschedule(@Schema(description = Actor.FIELD_DESCRIPTION, deprecated = true)
                      @Size(max = 100) @PublishableText(name = true) String actor,
                      @NotBlank @PublishableText String scheduledAt, @PublishableText String timeZone,
                      @Size(max = 100) @PublishableText(name = true) String channel,
                      @Size(max = 2000) @PublishableText(multiline = true) String reason) {
    }

    /** PUBLISHED (with url), RESEND or ABANDON. */
    @Schema(name = "TargetResolution")
    record Resolve(@NotNull Outcome resolution, @Size(max = 2000) @PublishableText String url,
                   @Size(max = Receipt.MAX_REMOTE_ID) @PublishableText String remoteId,
                   @Schema(description = Actor.FIELD_DESCRIPTION, deprecated = true)
                   @Size(max = 100) @PublishableText(name = true) String actor,
                   @Size(max = 2000) @PublishableText(multiline = true) String reason) {

        enum Outcome { PUBLISHED, RESEND, ABANDON }
    }
}

package org.pressdesk.audience;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.pressdesk.connector.OfficeZone;
import org.pressdesk.metrics.audience.FollowerReadFailure;
import org.pressdesk.metrics.audience.FollowerSnapshot;
import org.pressdesk.metrics.audience.FollowerSnapshots;
import org.pressdesk.security.Actor;
import org.pressdesk.system.FieldProblems;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.PublishableText;
import org.pressdesk.system.RequestChecks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Follower snapshots: read now ({@code POST /api/metrics/followers/snapshot}), enter a known figure for a past
 * day ({@code POST /api/metrics/followers}), and list snapshots with the reads that failed
 * ({@code GET /api/metrics/followers}).
 */
@Tag(name = "Audience", description = "Follower counts and radio listener figures")
@RestController
@RequestMapping("/api/metrics/followers")
class FollowerController {

    private final FollowerCollector collector;
    private final FollowerSnapshots snapshots;
    private final MetricsChannels channels;
    private final RequestChecks checks;
    private final OfficeZone zone;
    private final Clock clock;

    FollowerController(FollowerCollector collector, FollowerSnapshots snapshots, MetricsChannels channels,
                       RequestChecks checks, OfficeZone zone, Clock clock) {
        this.collector = collector;
        this.snapshots = snapshots;
        this.channels = channels;
        this.checks = checks;
        this.zone = zone;
        this.clock = clock;
    }

    /** Reads one channel's followers, or every channel's that has followers, now. */
    @Operation(operationId = "snapshotFollowers", summary = "Read follower counts from the channels now")
    @PostMapping("/snapshot")
    SnapshotRun snapshot(@RequestBody(required = false) SnapshotRequest request) {
        String channel = null;
        if (request != null) {
            checks.of(request).throwIfAny();
            if (request.channel() != null && !request.channel().isBlank()) {
                channel = channels.withFollowers("channel", request.channel());
            }
        }
        return new SnapshotRun(collector.snapshotNow(channel));
    }

    /**
     * A follower count staff know for a past day or today (from the platform's own statistics, or for an account
     * Pressdesk cannot read), replacing any snapshot of that day.
     */
    @Operation(operationId = "enterFollowerCount", summary = "Enter a known follower count for a day")
    @PostMapping
    FollowerSnapshot enter(Principal principal, @RequestBody EnteredSnapshot request) {
        FieldProblems problems = checks.of(request);
        String actor = problems.check("actor", () -> Actor.of(principal, "actor", request.actor()));
        String channel = problems.check("channel", () -> channels.followerAccount("channel", request.channel()));
        LocalDate today = clock.instant().atZone(zone.zone()).toLocalDate();
        if (request.date() != null && request.date().isAfter(today)) {
            problems.add("date", "is in the future; the office's date today is " + today);
        }
        problems.throwIfAny();
        FollowerSnapshot snapshot = new FollowerSnapshot(channel, request.date(), request.followers(), clock.instant(),
                FollowerSnapshot.Trigger.IMPORT);
        snapshots.store(snapshot, actor);
        return snapshot;
    }

    /** Snapshots and failed reads between two office-zone dates (default: the last 30 days). */
    @Operation(operationId = "listFollowerSnapshots", summary = "List follower counts and failed reads for a period")
    @GetMapping
    FollowerHistory list(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                         @RequestParam(required = false) String channel) {
        LocalDate end = to != null ? to : clock.instant().atZone(zone.zone()).toLocalDate();
        LocalDate start = from != null ? from : end.minusDays(29);
        if (start.isAfter(end)) {
            throw new InvalidFieldException("to", "must not be before 'from' (" + start + ")");
        }
        String id = channel == null || channel.isBlank() ? null : channels.configured("channel", channel);
        return new FollowerHistory(start, end, snapshots.between(id, start, end),
                snapshots.failuresBetween(id, start, end));
    }

    record SnapshotRequest(@Size(max = 100) @PublishableText(name = true) String channel) {
    }

    record EnteredSnapshot(@NotBlank @Size(max = 100) @PublishableText(name = true) String channel,
                           @NotNull LocalDate date, @NotNull @PositiveOrZero Long followers,
                           @Schema(description = Actor.FIELD_DESCRIPTION, deprecated = true)
                           @Size(max = 100) @PublishableText(name = true) String actor) {
    }

    record SnapshotRun(List<FollowerCollector.SnapshotResult> results) {
    }

    record FollowerHistory(LocalDate from, LocalDate to, List<FollowerSnapshot> snapshots,
                           List<FollowerReadFailure> failures) {
    }
}

package org.pressdesk.post;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.OfficeZone;
import org.pressdesk.metrics.record.PublicationOutcome;
import org.pressdesk.metrics.record.PublicationRecord;
import org.pressdesk.metrics.record.PublicationRecords;
import org.springframework.stereotype.Component;

/**
 * Turns a target's move into an outcome (PUBLISHED, FAILED, OUTCOME_UNKNOWN, WITHDRAWN) into a publication
 * record; a withdrawal that failed leaves the post on the channel, so it records nothing.
 * Called by {@link TargetLifecycle} inside the move's transaction, so the record and the move are stored
 * together or not at all.
 */
@Component
public class OutcomeRecorder {

    private final PostRepository posts;
    private final PublicationRecords records;
    private final ChannelRegistry channels;
    private final ZoneId zone;
    private final Clock clock;

    public OutcomeRecorder(PostRepository posts, PublicationRecords records, ChannelRegistry channels,
                           OfficeZone officeZone, Clock clock) {
        this.posts = posts;
        this.records = records;
        this.channels = channels;
        this.zone = officeZone.zone();
        this.clock = clock;
    }

    /**
     * Records {@code stored}'s outcome when the move reached one.
     *
     * @param before the target before the move
     * @param stored the target as stored by the move
     */
    void moved(PublishTarget before, PublishTarget stored) {
        record(before, stored, null).ifPresent(records::append);
    }

    /**
     * {@link #moved} for several moves in one transaction, each with its target's post if read already (else null).
     */
    void movedAll(List<PublishTarget> before, List<PublishTarget> stored, List<Post> posts) {
        List<PublicationRecord> all = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            record(before.get(i), stored.get(i), posts.get(i)).ifPresent(all::add);
        }
        records.appendAll(all);
    }

    private Optional<PublicationRecord> record(PublishTarget before, PublishTarget stored, Post known) {
        PublicationOutcome outcome = switch (stored.state()) {
            case PUBLISHED -> PublicationOutcome.PUBLISHED;
            case FAILED -> PublicationOutcome.FAILED;
            case OUTCOME_UNKNOWN -> PublicationOutcome.OUTCOME_UNKNOWN;
            case WITHDRAWN -> PublicationOutcome.WITHDRAWN;
            default -> null;
        };
        if (outcome == null || before.state() == stored.state()) {
            return Optional.empty();
        }
        Post post = known != null && known.id() == stored.postId() ? known : posts.findById(stored.postId())
                .orElseThrow(() -> new PostNotFoundException("post " + stored.postId() + " not found"));
        Instant now = clock.instant();
        // A withdrawal keeps the publication's receipt: its record stays on the day the post went out, with its lag.
        Receipt receipt = outcome == PublicationOutcome.PUBLISHED || outcome == PublicationOutcome.WITHDRAWN
                ? stored.receipt() : null;
        Instant publishedAt = receipt == null ? null : receipt.publishedAt();
        String type = channels.accounts().stream()
                .filter(account -> account.id().equals(stored.channelId()))
                .map(ChannelAccount::type)
                .findFirst()
                .orElse(PublicationRecord.UNCONFIGURED);
        return Optional.of(new PublicationRecord(stored.id(), stored.postId(), stored.channelId(), type, post.kind(),
                post.language(), post.title(), outcome, stored.scheduledAt(), publishedAt, now,
                (publishedAt != null ? publishedAt : now).atZone(zone).toLocalDate(), stored.attempts(),
                receipt == null ? null : receipt.remoteId(), receipt == null ? null : receipt.url()));
    }
}

package org.pressdesk.dispatch;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the dispatcher claims and publishes due targets.
 *
 * @param enabled               run the dispatcher loop on this node
 * @param nodeId                this node's name in leases and the audit (at most 80 characters); blank = host
 *                              name, shortened to fit, and a random suffix
 * @param pollInterval          pause between polls when nothing is due or every publishing slot is taken
 * @param batchSize             the most targets claimed in one poll
 * @param lease                 how long a claim lasts; a node that dies holding one loses it after this
 * @param publishTimeout        how long one call to a channel (a publication, or a look for one whose outcome is
 *                              unknown) may take before its outcome counts as unknown; a stopping node waits this
 *                              long (and 5 s more) for publications in flight to record their outcomes
 * @param maxAttempts           publish calls at a target before transient errors fail it (a rate-limited call is a
 *                              wait and does not count); when any of them may have reached the channel, the target
 *                              ends OUTCOME_UNKNOWN and is looked for instead
 * @param initialBackoff        the wait before the second attempt; it doubles each attempt
 * @param maxBackoff            the longest wait between attempts
 * @param jitter                the random share (0–1) added to or taken from each wait, so retries spread out
 * @param reconcileDelay        how long after an outcome became unknown the dispatcher first looks for the
 *                              publication on the channel (a channel's own timeline may lag behind), and the wait
 *                              between further looks when the channel cannot be asked
 * @param reconcileChecks       how many looks at the channel may fail (errors, timeouts) before the target is left
 *                              to a person; a rate-limited look waits without counting
 * @param maxInFlight           the most publications (and looks at a channel) this node runs at once; it claims
 *                              more as soon as one finishes, never waiting for a whole batch
 * @param maxInFlightPerChannel the most of those on one channel at once; a claim beyond it is handed back, due
 *                              one poll interval later, so a slow channel cannot take every slot
 */
@ConfigurationProperties("pressdesk.dispatch")
@Validated
public record DispatchProperties(@DefaultValue("true") boolean enabled,
                                 @DefaultValue("") @Size(max = NodeId.MAX_LENGTH) String nodeId,
                                 @DefaultValue("1s") @NotNull Duration pollInterval,
                                 @DefaultValue("50") @Min(1) @Max(1000) int batchSize,
                                 @DefaultValue("2m") @NotNull Duration lease,
                                 @DefaultValue("30s") @NotNull Duration publishTimeout,
                                 @DefaultValue("5") @Min(1) int maxAttempts,
                                 @DefaultValue("30s") @NotNull Duration initialBackoff,
                                 @DefaultValue("30m") @NotNull Duration maxBackoff,
                                 @DefaultValue("0.2") @DecimalMin("0") @DecimalMax("1") double jitter,
                                 @DefaultValue("1m") @NotNull Duration reconcileDelay,
                                 @DefaultValue("5") @Min(1) int reconcileChecks,
                                 @DefaultValue("50") @Min(1) int maxInFlight,
                                 @DefaultValue("10") @Min(1) int maxInFlightPerChannel) {

    /** A lease shorter than a publish call would let a second node re-send while the first is still sending. */
    @AssertTrue(message = "lease must be longer than publish-timeout")
    public boolean isLeaseLongerThanPublishTimeout() {
        return lease == null || publishTimeout == null || lease.compareTo(publishTimeout) > 0;
    }
}

package org.pressdesk.dispatch;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pressdesk.queue.PublishQueue;

/**
 * Claims due targets in batches and publishes each on its own virtual thread, so one slow channel
 * does not hold up the others.
 */
public class Dispatcher {

    private final PublishQueue queue;
    private final TargetPublisher publisher;
    private final DispatchProperties properties;
    private final Clock clock;
    private final String nodeId;

    public Dispatcher(PublishQueue queue, TargetPublisher publisher, DispatchProperties properties, Clock clock,
                      String nodeId) {
        this.queue = queue;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
        this.nodeId = nodeId;
    }

    /**
     * Claims one batch of due targets and publishes them, returning when all are settled.
     *
     * @return how many targets were claimed
     */
    public int dispatchDue() {
        List<PublishQueue.Claim> claims = queue.claimDue(clock.instant(), properties.batchSize(), nodeId,
                properties.lease());
        if (claims.isEmpty()) {
            return 0;
        }
        try (ExecutorService batch = Executors.newVirtualThreadPerTaskExecutor()) {
            claims.forEach(claim -> batch.submit(() -> publisher.publish(claim)));
        }
        return claims.size();
    }

    /** Dispatches batches until one comes back short: what is due now is then done. */
    public int dispatchBacklog() {
        int total = 0;
        int claimed;
        do {
            claimed = dispatchDue();
            total += claimed;
        } while (claimed == properties.batchSize());
        return total;
    }

    public String nodeId() {
        return nodeId;
    }
}

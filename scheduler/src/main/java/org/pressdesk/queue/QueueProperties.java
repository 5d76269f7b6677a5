package org.pressdesk.queue;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which queue carries the dispatcher's work, and how often a queue outside the database is put right.
 *
 * @param backend        {@code jdbc}: a table in the application's database, written in the target's
 *                       transaction (one node or several on one database); {@code redis}: Redis, configured by
 *                       {@code spring.data.redis.*}, written after commit and repaired by a sweep
 * @param repairInterval how often each node re-queues scheduled targets missing from a queue outside the
 *                       database and drops entries of settled targets; the sweep is idempotent, so every node
 *                       runs it
 */
@Validated
@ConfigurationProperties("pressdesk.queue")
public record QueueProperties(@DefaultValue("jdbc") @NotNull Backend backend,
                              @DefaultValue("1m") @NotNull Duration repairInterval) {

    public enum Backend { JDBC, REDIS }
}

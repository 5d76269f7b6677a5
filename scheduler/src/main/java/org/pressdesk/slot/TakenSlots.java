package org.pressdesk.slot;

import java.time.Instant;
import java.util.List;
import org.pressdesk.system.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** When a channel's posts are already scheduled: its SCHEDULED, APPROVED, PUBLISHING and PUBLISHED targets. */
@Repository
public class TakenSlots {

    private final JdbcClient jdbc;

    public TakenSlots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scheduled instants of the channel's targets that hold a slot, from {@code from} on. */
    public List<Instant> of(String channel, Instant from) {
        return jdbc.sql("""
                        SELECT scheduled_at FROM publish_target
                        WHERE channel_id = :channel AND scheduled_at >= :from
                          AND state IN ('SCHEDULED', 'APPROVED', 'PUBLISHING', 'PUBLISHED')
                        """)
                .param("channel", channel).param("from", SqlTime.param(from))
                .query((row, n) -> SqlTime.read(row, "scheduled_at")).list();
    }

    /**
     * As {@link #of}, and also the targets waiting for approval: the daily run plans a whole
     * conference's posts at once, and each must take a slot of its own before anyone approves it.
     */
    public List<Instant> heldOrAwaitingApproval(String channel, Instant from) {
        return jdbc.sql("""
                        SELECT scheduled_at FROM publish_target
                        WHERE channel_id = :channel AND scheduled_at >= :from
                          AND state IN ('SUBMITTED', 'SCHEDULED', 'APPROVED', 'PUBLISHING', 'PUBLISHED')
                        """)
                .param("channel", channel).param("from", SqlTime.param(from))
                .query((row, n) -> SqlTime.read(row, "scheduled_at")).list();
    }
}

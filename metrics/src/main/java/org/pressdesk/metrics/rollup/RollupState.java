package org.pressdesk.metrics.rollup;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How far the daily rollups reach ({@code metrics_rollup_state}) and which rolled-up days changed since
 * ({@code metrics_rollup_dirty}). Writers of records and engagement call {@link #changed} in their transaction.
 */
public final class RollupState {

    private final JdbcClient jdbc;

    public RollupState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last day the rollups cover; empty before the first rollup. */
    public Optional<LocalDate> rolledThrough() {
        return jdbc.sql("SELECT rolled_through FROM metrics_rollup_state WHERE id = 1")
                .query((row, n) -> Optional.ofNullable(row.getObject("rolled_through", LocalDate.class)))
                .optional()
                .flatMap(date -> date);
    }

    /** A channel's figures of that day changed: if the day is rolled up, reports read it raw until it is rolled again. */
    public void changed(String channelId, LocalDate day) {
        Optional<LocalDate> through = rolledThrough();
        if (through.isPresent() && !day.isAfter(through.get())) {
            jdbc.sql("INSERT INTO metrics_rollup_dirty (channel_id, office_date) VALUES (?, ?)")
                    .params(channelId, day)
                    .update();
        }
    }
}

package org.pressdesk.metrics.audience;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Radio listener figures ({@code listener_figure}). */
public class ListenerFigures {

    private final JdbcClient jdbc;

    public ListenerFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores figures, each replacing an earlier one for the same channel and period. Joins the caller's
     * transaction, so an import that fails half-way stores nothing when the caller rolls back.
     */
    public void store(Collection<ListenerFigure> figures) {
        for (ListenerFigure figure : figures) {
            jdbc.sql("DELETE FROM listener_figure WHERE channel_id = ? AND period_kind = ? AND period_start = ?")
                    .params(figure.channelId(), figure.period().name(), figure.periodStart())
                    .update();
            jdbc.sql("""
                            INSERT INTO listener_figure (channel_id, period_kind, period_start, listeners, minutes_on_air,
                                entered_by, entered_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(figure.channelId(), figure.period().name(), figure.periodStart(), figure.listeners(),
                            figure.minutesOnAir(), figure.enteredBy(), FollowerSnapshots.utc(figure.enteredAt()))
                    .update();
        }
    }

    /** Figures whose period starts between two dates (inclusive); every channel when {@code channelId} is null. */
    public List<ListenerFigure> between(String channelId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT * FROM listener_figure
                        WHERE (CAST(? AS VARCHAR(100)) IS NULL OR channel_id = ?) AND period_start BETWEEN ? AND ?
                        ORDER BY channel_id, period_start, period_kind""")
                .params(channelId, channelId, from, to)
                .query((row, n) -> new ListenerFigure(row.getString("channel_id"),
                        ListenerFigure.Period.valueOf(row.getString("period_kind")),
                        row.getObject("period_start", LocalDate.class), row.getLong("listeners"),
                        (Integer) row.getObject("minutes_on_air", Integer.class), row.getString("entered_by"),
                        FollowerSnapshots.instant(row, "entered_at")))
                .list();
    }
}

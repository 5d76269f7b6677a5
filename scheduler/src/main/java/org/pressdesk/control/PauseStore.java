package org.pressdesk.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.pressdesk.system.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Pauses and their append-only history in the database every node shares. */
class PauseStore {

    private final JdbcClient jdbc;

    PauseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Pause> all() {
        return jdbc.sql("SELECT * FROM publishing_pause ORDER BY paused_at, scope").query(PauseStore::map).list();
    }

    Optional<Pause> find(String scope) {
        return jdbc.sql("SELECT * FROM publishing_pause WHERE scope = :scope").param("scope", scope)
                .query(PauseStore::map).optional();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the scope is paused already */
    void insert(Pause pause) {
        jdbc.sql("""
                        INSERT INTO publishing_pause (scope, cause, reason, paused_by, paused_at, resume_at)
                        VALUES (:scope, :cause, :reason, :pausedBy, :pausedAt, :resumeAt)""")
                .param("scope", pause.scope()).param("cause", pause.cause().name())
                .param("reason", pause.reason()).param("pausedBy", pause.pausedBy())
                .param("pausedAt", SqlTime.param(pause.pausedAt())).param("resumeAt", SqlTime.param(pause.resumeAt()))
                .update();
    }

    /** @return whether this call lifted it (false: it was not paused, or another node lifted it first) */
    boolean delete(String scope) {
        return jdbc.sql("DELETE FROM publishing_pause WHERE scope = :scope").param("scope", scope).update() == 1;
    }

    void append(ControlEvent event) {
        jdbc.sql("""
                        INSERT INTO control_event (scope, action, actor, occurred_at, reason)
                        VALUES (:scope, :action, :actor, :occurredAt, :reason)""")
                .param("scope", event.scope()).param("action", event.action().name()).param("actor", event.actor())
                .param("occurredAt", SqlTime.param(event.occurredAt())).param("reason", event.reason())
                .update();
    }

    List<ControlEvent> history() {
        return jdbc.sql("SELECT * FROM control_event ORDER BY id").query((row, n) -> new ControlEvent(
                row.getString("scope"), ControlEvent.Action.valueOf(row.getString("action")), row.getString("actor"),
                SqlTime.read(row, "occurred_at"), row.getString("reason"))).list();
    }

    /**
     * SCHEDULED targets due before {@code cutoff} on the given channels, or on every channel but {@code except}.
     */
    List<Long> scheduledDueBefore(Instant cutoff, Collection<String> channels, Collection<String> except) {
        String which = channels != null ? " AND channel_id IN (:channels)"
                : except.isEmpty() ? "" : " AND channel_id NOT IN (:except)";
        var query = jdbc.sql("SELECT id FROM publish_target WHERE state = 'SCHEDULED' AND next_attempt_at < :cutoff"
                + which + " ORDER BY next_attempt_at, id").param("cutoff", SqlTime.param(cutoff));
        if (channels != null) {
            if (channels.isEmpty()) {
                return List.of();
            }
            query = query.param("channels", channels);
        } else if (!except.isEmpty()) {
            query = query.param("except", except);
        }
        return query.query(Long.class).list();
    }

    private static Pause map(ResultSet row, int n) throws SQLException {
        return new Pause(row.getString("scope"), PauseCause.valueOf(row.getString("cause")), row.getString("reason"),
                row.getString("paused_by"), SqlTime.read(row, "paused_at"), SqlTime.read(row, "resume_at"));
    }
}

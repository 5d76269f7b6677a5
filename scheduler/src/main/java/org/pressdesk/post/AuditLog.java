package org.pressdesk.post;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pressdesk.system.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only record of every target transition: who moved what, when, from where to where, and why. */
@Repository
public class AuditLog {

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(TargetTransition transition) {
        jdbc.sql("""
                        INSERT INTO target_transition (target_id, post_id, actor, occurred_at, from_state, to_state, reason)
                        VALUES (:targetId, :postId, :actor, :occurredAt, :fromState, :toState, :reason)""")
                .param("targetId", transition.targetId())
                .param("postId", transition.postId())
                .param("actor", transition.actor())
                .param("occurredAt", SqlTime.param(transition.occurredAt()))
                .param("fromState", transition.from() == null ? null : transition.from().name())
                .param("toState", transition.to().name())
                .param("reason", transition.reason())
                .update();
    }

    /** Appends several transitions in one statement. */
    public void appendAll(List<TargetTransition> transitions) {
        if (transitions.size() < 2) {
            transitions.forEach(this::append);
            return;
        }
        StringBuilder sql = new StringBuilder(
                "INSERT INTO target_transition (target_id, post_id, actor, occurred_at, from_state, to_state, reason) VALUES ");
        List<Object> params = new ArrayList<>();
        for (TargetTransition transition : transitions) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(transition.targetId(), transition.postId(), transition.actor(),
                    SqlTime.param(transition.occurredAt()), transition.from() == null ? null : transition.from().name(),
                    transition.to().name(), transition.reason()));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    /** A post's transitions, oldest first. */
    public List<TargetTransition> history(long postId) {
        return jdbc.sql("SELECT * FROM target_transition WHERE post_id = :postId ORDER BY id")
                .param("postId", postId)
                .query((row, n) -> {
                    String from = row.getString("from_state");
                    return new TargetTransition(row.getLong("target_id"), row.getLong("post_id"),
                            row.getString("actor"), SqlTime.read(row, "occurred_at"),
                            from == null ? null : TargetState.valueOf(from),
                            TargetState.valueOf(row.getString("to_state")), row.getString("reason"));
                })
                .list();
    }
}

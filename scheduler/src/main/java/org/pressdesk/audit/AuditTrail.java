package org.pressdesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pressdesk.system.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every audited event, read where it is kept: target transitions, pauses and resumes, template saves and
 * reverts, and the admin actions of {@link AdminActions}; newest first. Nothing is copied between tables, so
 * the audit cannot disagree with the records it shows.
 */
@Repository
public class AuditTrail {

    /** The most rows one export writes. */
    public static final int EXPORT_LIMIT = 100_000;

    private static final String EVENTS = """
            SELECT t.id AS seq, t.occurred_at AS occurred_at, t.actor AS actor, CAST('TRANSITION' AS VARCHAR(20)) AS kind,
                   t.post_id AS post_id, p.channel_id AS channel, CAST(NULL AS VARCHAR(500)) AS subject,
                   t.from_state AS from_state, CAST(t.to_state AS VARCHAR(100)) AS to_state, t.reason AS detail
              FROM target_transition t JOIN publish_target p ON p.id = t.target_id
            UNION ALL
            SELECT c.id, c.occurred_at, c.actor, CAST(c.action AS VARCHAR(20)), CAST(NULL AS BIGINT), c.scope,
                   CAST(NULL AS VARCHAR(500)), CAST(NULL AS VARCHAR(20)), CAST(NULL AS VARCHAR(100)), c.reason
              FROM control_event c
            UNION ALL
            SELECT r.version, r.saved_at, r.saved_by, CAST('TEMPLATE_SAVE' AS VARCHAR(20)), CAST(NULL AS BIGINT),
                   CAST(NULL AS VARCHAR(100)), r.template_id, CAST(NULL AS VARCHAR(20)), CAST(NULL AS VARCHAR(100)),
                   CAST(r.version AS VARCHAR(2000))
              FROM template_revision r
            UNION ALL
            SELECT r.version, r.reverted_at, CAST(NULL AS VARCHAR(100)), CAST('TEMPLATE_REVERT' AS VARCHAR(20)),
                   CAST(NULL AS BIGINT), CAST(NULL AS VARCHAR(100)), r.template_id, CAST(NULL AS VARCHAR(20)),
                   CAST(NULL AS VARCHAR(100)), CAST(r.version AS VARCHAR(2000))
              FROM template_revision r WHERE r.reverted_at IS NOT NULL
            UNION ALL
            SELECT a.id, a.at, a.actor, CAST('ADMIN' AS VARCHAR(20)), CAST(NULL AS BIGINT), CAST(NULL AS VARCHAR(100)),
                   a.subject, CAST(NULL AS VARCHAR(20)), a.action, a.detail
              FROM admin_action a""";

    private final JdbcClient jdbc;

    public AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the events that match, newest first. */
    public List<AuditEvent> page(AuditQuery query, int page, int size) {
        Condition where = Condition.of(query);
        return where.bind(jdbc.sql("SELECT * FROM (" + EVENTS + ") e" + where.sql
                        + " ORDER BY e.occurred_at DESC, e.kind, e.seq DESC LIMIT :limit OFFSET :offset"))
                .param("limit", size).param("offset", (long) page * size)
                .query(AuditTrail::map).list();
    }

    public long count(AuditQuery query) {
        Condition where = Condition.of(query);
        return where.bind(jdbc.sql("SELECT COUNT(*) FROM (" + EVENTS + ") e" + where.sql)).query(Long.class).single();
    }

    /** Every event that matches, newest first, at most {@link #EXPORT_LIMIT}. */
    public List<AuditEvent> all(AuditQuery query) {
        return page(query, 0, EXPORT_LIMIT);
    }

    private static AuditEvent map(ResultSet row, int n) throws SQLException {
        return new AuditEvent(SqlTime.read(row, "occurred_at"), row.getString("actor"),
                AuditKind.valueOf(row.getString("kind")), row.getObject("post_id", Long.class),
                row.getString("channel"), row.getString("subject"), row.getString("from_state"),
                row.getString("to_state"), row.getString("detail"));
    }

    private record Condition(String sql, Map<String, Object> params) {

        static Condition of(AuditQuery query) {
            List<String> terms = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            if (query.from() != null) {
                terms.add("e.occurred_at >= :from");
                params.put("from", SqlTime.param(query.from()));
            }
            if (query.before() != null) {
                terms.add("e.occurred_at < :before");
                params.put("before", SqlTime.param(query.before()));
            }
            if (query.actor() != null) {
                terms.add("LOWER(e.actor) = LOWER(:actor)");
                params.put("actor", query.actor());
            }
            if (query.postId() != null) {
                terms.add("e.post_id = :postId");
                params.put("postId", query.postId());
            }
            if (query.channel() != null) {
                terms.add("(e.channel = :channel OR (e.kind = 'ADMIN' AND e.subject = :channel))");
                params.put("channel", query.channel());
            }
            if (query.kind() != null) {
                terms.add("e.kind = :kind");
                params.put("kind", query.kind().name());
            }
            return new Condition(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), params);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            JdbcClient.StatementSpec bound = statement;
            for (Map.Entry<String, Object> param : params.entrySet()) {
                bound = bound.param(param.getKey(), param.getValue());
            }
            return bound;
        }
    }
}

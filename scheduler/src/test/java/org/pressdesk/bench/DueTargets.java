package org.pressdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Fills the database with approved posts, one target each, in bulk: every row the workflow wrote for one
 * approved post (the post, its target, the target's approved text and, for the JDBC backend, its queue entry)
 * is copied with new ids and idempotency keys by batched inserts. The copies are what the workflow would have
 * written for each; only the history of how they got approved is left out, since nothing on the publishing
 * path reads it.
 */
public final class DueTargets {

    private static final int BATCH = 1_000;

    private DueTargets() {
    }

    /**
     * Copies the approved post {@code templatePostId} {@code copies} times.
     *
     * @return the ids of the template's target and of every copy's, in order
     */
    public static List<Long> copy(DataSource dataSource, long templatePostId, int copies) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Map<String, Object> post = oneRow(connection, "SELECT * FROM post WHERE id = ?", templatePostId).getFirst();
            Map<String, Object> target = oneRow(connection, "SELECT * FROM publish_target WHERE post_id = ?",
                    templatePostId).getFirst();
            long templateTarget = ((Number) target.get("id")).longValue();
            List<Map<String, Object>> parts = oneRow(connection,
                    "SELECT * FROM approved_part WHERE target_id = ?", templateTarget);
            List<Map<String, Object>> queued = oneRow(connection,
                    "SELECT * FROM publish_queue WHERE target_id = ?", templateTarget);
            long postBase = max(connection, "post");
            long targetBase = max(connection, "publish_target");
            String key = (String) target.get("idempotency_key");

            List<Long> targetIds = new ArrayList<>(copies + 1);
            targetIds.add(templateTarget);
            for (int from = 1; from <= copies; from += BATCH) {
                int to = Math.min(copies, from + BATCH - 1);
                insert(connection, "post", post, from, to, (row, i) -> row.put("id", postBase + i));
                insert(connection, "publish_target", target, from, to, (row, i) -> {
                    row.put("id", targetBase + i);
                    row.put("post_id", postBase + i);
                    row.put("idempotency_key", key.substring(0, Math.min(key.length(), 50)) + "-" + i);
                });
                for (Map<String, Object> part : parts) {
                    insert(connection, "approved_part", part, from, to, (row, i) -> row.put("target_id", targetBase + i));
                }
                for (Map<String, Object> entry : queued) {
                    insert(connection, "publish_queue", entry, from, to, (row, i) -> row.put("target_id", targetBase + i));
                }
                connection.commit();
                for (int i = from; i <= to; i++) {
                    targetIds.add(targetBase + i);
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE post ALTER COLUMN id RESTART WITH " + (postBase + copies + 1));
                statement.execute("ALTER TABLE publish_target ALTER COLUMN id RESTART WITH " + (targetBase + copies + 1));
            }
            connection.commit();
            return targetIds;
        }
    }

    /** Sets every listed target's due time ({@code scheduled_at} and {@code next_attempt_at}). */
    static void dueAt(DataSource dataSource, List<Long> targetIds, List<Instant> dueTimes) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE publish_target SET scheduled_at = ?, next_attempt_at = ? WHERE id = ?")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < targetIds.size(); i++) {
                Timestamp at = Timestamp.from(dueTimes.get(i));
                update.setTimestamp(1, at);
                update.setTimestamp(2, at);
                update.setLong(3, targetIds.get(i));
                update.addBatch();
                if (i % BATCH == BATCH - 1) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
            connection.commit();
        }
    }

    private interface Change {
        void apply(Map<String, Object> row, int copy);
    }

    private static void insert(Connection connection, String table, Map<String, Object> template, int from, int to,
                               Change change) throws SQLException {
        List<String> columns = List.copyOf(template.keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = from; i <= to; i++) {
                Map<String, Object> row = new LinkedHashMap<>(template);
                change.apply(row, i);
                for (int c = 0; c < columns.size(); c++) {
                    insert.setObject(c + 1, row.get(columns.get(c)));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<Map<String, Object>> oneRow(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                List<Map<String, Object>> found = new ArrayList<>();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c).toLowerCase(), rows.getObject(c));
                    }
                    found.add(row);
                }
                return found;
            }
        }
    }

    private static long max(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

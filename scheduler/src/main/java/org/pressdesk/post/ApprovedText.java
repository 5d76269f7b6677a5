package org.pressdesk.post;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.pressdesk.connector.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rendered text each target was approved with. Four-eyes approval signs off words, not a
 * template: the dispatcher publishes exactly these parts.
 */
@Repository
public class ApprovedText {

    /** The longest part that can be stored ({@code approved_part.text}). */
    public static final int MAX_PART_LENGTH = 65_536;
    /** The code of the violation a part too long to store is refused with. */
    public static final String TOO_LONG_TO_STORE = "too-long-to-store";

    private final JdbcClient jdbc;

    public ApprovedText(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a target's approved parts, replacing those of an earlier approval. */
    public void save(long targetId, List<String> parts) {
        jdbc.sql("DELETE FROM approved_part WHERE target_id = :targetId").param("targetId", targetId).update();
        for (int index = 0; index < parts.size(); index++) {
            jdbc.sql("INSERT INTO approved_part (target_id, part_index, text) VALUES (:targetId, :index, :text)")
                    .param("targetId", targetId).param("index", index).param("text", parts.get(index))
                    .update();
        }
    }

    /** The parts too long to be stored, as violations; checked before anything is approved. */
    public static List<Violation> unstorable(List<String> parts) {
        List<Violation> violations = new ArrayList<>();
        for (int index = 0; index < parts.size(); index++) {
            int length = parts.get(index).length();
            if (length > MAX_PART_LENGTH) {
                violations.add(new Violation(TOO_LONG_TO_STORE, "text is " + length
                        + " characters long; at most " + MAX_PART_LENGTH + " can be stored", index));
            }
        }
        return violations;
    }

    /** {@link #find} for several targets in one query: the parts of those approved with some, by target. */
    public Map<Long, List<String>> findAll(Collection<Long> targetIds) {
        Map<Long, List<String>> parts = new HashMap<>();
        if (targetIds.isEmpty()) {
            return parts;
        }
        jdbc.sql("SELECT target_id, text FROM approved_part WHERE target_id IN (:ids) ORDER BY target_id, part_index")
                .param("ids", targetIds)
                .query((row, n) -> Map.entry(row.getLong("target_id"), row.getString("text")))
                .list()
                .forEach(part -> parts.computeIfAbsent(part.getKey(), id -> new ArrayList<>()).add(part.getValue()));
        return parts;
    }

    /** The parts a target was approved with, in thread order; empty if it never was. */
    public Optional<List<String>> find(long targetId) {
        List<String> parts = jdbc.sql("SELECT text FROM approved_part WHERE target_id = :targetId ORDER BY part_index")
                .param("targetId", targetId).query(String.class).list();
        return parts.isEmpty() ? Optional.empty() : Optional.of(parts);
    }
}

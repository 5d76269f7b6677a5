package org.pressdesk.templating;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pressdesk.system.SqlTime;
import org.pressdesk.template.TemplateKey;
import org.pressdesk.template.store.TemplateOverride;
import org.pressdesk.template.store.TemplateOverrides;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Template overrides in the database, one row per saved version, so the office keeps the history
 * of its templates. The newest version that is not reverted is the one in force.
 */
public class JdbcTemplateOverrides implements TemplateOverrides {

    /** Concurrent saves of one template race for the next version; the loser takes the one after. */
    private static final int MAX_VERSION_RACES = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcTemplateOverrides(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<TemplateOverride> find(TemplateKey key) {
        return jdbc.sql("""
                        SELECT * FROM template_revision
                         WHERE template_id = :id AND version = (SELECT MAX(version) FROM template_revision
                                                                 WHERE template_id = :id)
                           AND reverted = FALSE""")
                .param("id", key.id())
                .query((row, n) -> map(row, key))
                .optional();
    }

    @Override
    public TemplateOverride save(TemplateKey key, String source, String savedBy) {
        for (int race = 0; race < MAX_VERSION_RACES; race++) {
            long version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM template_revision WHERE template_id = :id")
                    .param("id", key.id()).query(Long.class).single();
            TemplateOverride saved = new TemplateOverride(key, source, version, clock.instant(), savedBy);
            try {
                jdbc.sql("""
                                INSERT INTO template_revision (template_id, version, source, saved_at, saved_by)
                                VALUES (:id, :version, :source, :savedAt, :savedBy)""")
                        .param("id", key.id())
                        .param("version", version)
                        .param("source", source)
                        .param("savedAt", SqlTime.param(saved.savedAt()))
                        .param("savedBy", savedBy)
                        .update();
                return saved;
            } catch (DuplicateKeyException takenMeanwhile) {
                // another save took this version first; read the new maximum and try the next
            }
        }
        throw new IllegalStateException("could not save template " + key.id() + ": too many concurrent saves");
    }

    @Override
    public boolean delete(TemplateKey key) {
        return jdbc.sql("""
                        UPDATE template_revision SET reverted = TRUE, reverted_at = :at
                         WHERE template_id = :id AND reverted = FALSE
                           AND version = (SELECT MAX(version) FROM template_revision WHERE template_id = :id)""")
                .param("id", key.id())
                .param("at", SqlTime.param(clock.instant()))
                .update() > 0;
    }

    @Override
    public List<TemplateOverride> findAll() {
        return jdbc.sql("""
                        SELECT * FROM template_revision r
                         WHERE r.reverted = FALSE
                           AND r.version = (SELECT MAX(version) FROM template_revision x
                                             WHERE x.template_id = r.template_id)""")
                .query((row, n) -> map(row, TemplateKey.parse(row.getString("template_id"))))
                .list()
                .stream()
                // in Java, not SQL: database collations order '/' and '-' differently
                .sorted(Comparator.comparing(override -> override.key().id()))
                .toList();
    }

    /** Every saved version of a template, newest first, including those since dropped for the shipped default. */
    public List<Revision> history(TemplateKey key) {
        return jdbc.sql("SELECT * FROM template_revision WHERE template_id = :id ORDER BY version DESC")
                .param("id", key.id())
                .query((row, n) -> new Revision(map(row, key), row.getBoolean("reverted")))
                .list();
    }

    /** One saved version of a template; {@code dropped} when it was taken back so the shipped default applied. */
    public record Revision(TemplateOverride override, boolean dropped) {
    }

    private static TemplateOverride map(ResultSet row, TemplateKey key) throws SQLException {
        return new TemplateOverride(key, row.getString("source"), row.getLong("version"),
                SqlTime.read(row, "saved_at"), row.getString("saved_by"));
    }
}

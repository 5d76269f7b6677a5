package org.pressdesk.disclosure;

import java.time.Clock;
import java.util.Optional;
import org.pressdesk.system.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The remarks of each year's disclosure report, per language; saving again replaces them. */
@Repository
public class DisclosureRemarksStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    DisclosureRemarksStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public DisclosureRemarks save(int year, String language, String problems, String improvements, String actor) {
        DisclosureRemarks remarks = new DisclosureRemarks(year, language, problems, improvements, actor,
                clock.instant());
        int updated = jdbc.sql("""
                        UPDATE disclosure_remarks SET problems = :problems, improvements = :improvements,
                               saved_by = :actor, saved_at = :at
                         WHERE report_year = :year AND language = :language""")
                .param("problems", problems).param("improvements", improvements).param("actor", actor)
                .param("at", SqlTime.param(remarks.savedAt())).param("year", year).param("language", language)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO disclosure_remarks (report_year, language, problems, improvements, saved_by, saved_at)
                            VALUES (:year, :language, :problems, :improvements, :actor, :at)""")
                    .param("problems", problems).param("improvements", improvements).param("actor", actor)
                    .param("at", SqlTime.param(remarks.savedAt())).param("year", year).param("language", language)
                    .update();
        }
        return remarks;
    }

    public Optional<DisclosureRemarks> find(int year, String language) {
        return jdbc.sql("SELECT * FROM disclosure_remarks WHERE report_year = :year AND language = :language")
                .param("year", year).param("language", language)
                .query((row, n) -> new DisclosureRemarks(row.getInt("report_year"), row.getString("language"),
                        row.getString("problems"), row.getString("improvements"), row.getString("saved_by"),
                        SqlTime.read(row, "saved_at")))
                .optional();
    }
}

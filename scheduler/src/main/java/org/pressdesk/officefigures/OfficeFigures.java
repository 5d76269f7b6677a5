package org.pressdesk.officefigures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import org.pressdesk.system.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The office figures in the database: each year's figures, entered or imported, replaced one by one. */
@Repository
public class OfficeFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    OfficeFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the figures, replacing any stored for the same year, figure and category, all or none. */
    @Transactional
    public void save(Collection<FigureEntry> entries, String actor) {
        var now = SqlTime.param(clock.instant());
        for (FigureEntry entry : entries) {
            int updated = jdbc.sql("""
                            UPDATE office_figure SET amount = :amount, entered_by = :actor, entered_at = :now
                             WHERE report_year = :year AND figure = :figure AND category = :category""")
                    .param("amount", entry.value()).param("actor", actor).param("now", now)
                    .param("year", entry.year()).param("figure", entry.figure().key())
                    .param("category", entry.category())
                    .update();
            if (updated == 0) {
                jdbc.sql("""
                                INSERT INTO office_figure (report_year, figure, category, amount, entered_by, entered_at)
                                VALUES (:year, :figure, :category, :amount, :actor, :now)""")
                        .param("year", entry.year()).param("figure", entry.figure().key())
                        .param("category", entry.category()).param("amount", entry.value())
                        .param("actor", actor).param("now", now)
                        .update();
            }
        }
    }

    /** @return whether there was such a figure */
    @Transactional
    public boolean delete(int year, OfficeFigure figure, String category) {
        return jdbc.sql("DELETE FROM office_figure WHERE report_year = :year AND figure = :figure AND category = :category")
                .param("year", year).param("figure", figure.key()).param("category", category)
                .update() > 0;
    }

    public YearFigures ofYear(int year) {
        return new YearFigures(year, jdbc.sql("""
                        SELECT * FROM office_figure WHERE report_year = :year ORDER BY figure, category""")
                .param("year", year)
                .query(OfficeFigures::map)
                .list().stream()
                .sorted(java.util.Comparator.comparing((StoredFigure stored) -> stored.entry().figure())
                        .thenComparing(stored -> stored.entry().figure().categoryKeys().indexOf(stored.entry().category())))
                .toList());
    }

    private static StoredFigure map(ResultSet row, int n) throws SQLException {
        OfficeFigure figure = OfficeFigure.byKey(row.getString("figure")).orElseThrow();
        return new StoredFigure(new FigureEntry(row.getInt("report_year"), figure, row.getString("category"),
                row.getBigDecimal("amount").setScale(figure.isMoney() ? 2 : 0)),
                row.getString("entered_by"), SqlTime.read(row, "entered_at"));
    }
}

package org.pressdesk.staff;

import java.time.Clock;
import java.util.List;
import org.pressdesk.system.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link AdminActions} in the {@code staff_admin_action} table. */
@Repository
class JdbcAdminActions implements AdminActions {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAdminActions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(String actor, String action, String subject, String detail) {
        jdbc.sql("""
                        INSERT INTO staff_admin_action (actor, action, subject, detail, acted_at)
                        VALUES (:actor, :action, :subject, :detail, :at)""")
                .param("actor", actor).param("action", action).param("subject", subject).param("detail", detail)
                .param("at", SqlTime.param(clock.instant())).update();
    }

    @Override
    public List<AdminAction> latest(int limit) {
        return jdbc.sql("SELECT * FROM staff_admin_action ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query((row, n) -> new AdminAction(row.getString("actor"), row.getString("action"),
                        row.getString("subject"), row.getString("detail"), SqlTime.read(row, "acted_at")))
                .list();
    }
}

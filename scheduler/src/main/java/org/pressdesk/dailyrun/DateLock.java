package org.pressdesk.dailyrun;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * A lock per run date held in the shared database, across nodes: the date's row of {@code daily_run_start}
 * locked FOR UPDATE on a connection of its own. Spring Batch refuses a start inside a transaction of the
 * caller's, so the lock's transaction is not bound to the thread.
 */
class DateLock {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    DateLock(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Runs {@code action} while holding the date's lock; another node asking for it waits. */
    <T> T holding(LocalDate date, Supplier<T> action) {
        try {
            jdbc.sql("INSERT INTO daily_run_start (run_date) VALUES (:date)").param("date", date).update();
        } catch (DataIntegrityViolationException e) {
            // The row exists: a run of this date was started before, here or on another node.
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement lock = connection.prepareStatement(
                        "SELECT run_date FROM daily_run_start WHERE run_date = ? FOR UPDATE")) {
                    lock.setObject(1, date);
                    lock.executeQuery().close();
                }
                return action.get();
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new SQLExceptionSubclassTranslator().translate("locking the run date " + date, null, e);
        }
    }
}

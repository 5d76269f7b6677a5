package org.pressdesk.bench;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.jdbc.MySQL8JdbcCustomization;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * db-scheduler with {@code n} one-time no-op tasks due now in its own {@code scheduled_tasks} table, polling
 * with lock-and-fetch (or, where asked, its default fetch-and-lock-on-execute). Timed from the scheduler's start until every execution is done and deleted (a finished
 * one-time task leaves no row).
 */
final class DbSchedulerRun {

    private static final String TASK = "bench-noop";

    private DbSchedulerRun() {
    }

    /**
     * db-scheduler's lock-and-fetch on H2: the generic form it uses for MySQL 8 ({@code SELECT … FOR UPDATE SKIP
     * LOCKED}, then an update of what was selected), which H2 runs as it is; db-scheduler ships no H2 dialect
     * and would otherwise refuse lock-and-fetch. H2 runs that select by reading every unpicked row, so each poll
     * costs time in proportion to the backlog: 100,000 tasks took more than 8 minutes here.
     */
    static final class H2LockAndFetch extends MySQL8JdbcCustomization {
        H2LockAndFetch() {
            super(false);
        }

        @Override
        public String getName() {
            return "H2 (generic lock-and-fetch)";
        }
    }

    /** Runs {@code tasks} no-op executions; returns the seconds from start until the table is empty. */
    static double run(DataSource dataSource, boolean h2, boolean lockAndFetch, int tasks, int threads,
                      Duration pollInterval) throws SQLException, InterruptedException {
        createTable(dataSource, h2);
        insert(dataSource, tasks);
        AtomicLong executed = new AtomicLong();
        OneTimeTask<Void> noop = Tasks.oneTime(TASK).execute((instance, context) -> executed.incrementAndGet());
        var builder = Scheduler.create(dataSource, noop)
                .threads(threads)
                .pollingInterval(pollInterval)
                .shutdownMaxWait(Duration.ofSeconds(5));
        if (lockAndFetch) {
            builder.pollUsingLockAndFetch(0.5, 1.0);
        } else {
            builder.pollUsingFetchAndLockOnExecute(0.5, 3.0);
        }
        if (h2 && lockAndFetch) {
            builder.jdbcCustomization(new H2LockAndFetch());
        }
        Scheduler scheduler = builder.build();
        long started = System.nanoTime();
        scheduler.start();
        try {
            while (executed.get() < tasks) {
                Thread.sleep(5);
            }
            while (remaining(dataSource) > 0) {
                Thread.sleep(5);
            }
            return (System.nanoTime() - started) / 1e9;
        } finally {
            scheduler.stop();
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE scheduled_tasks");
            }
        }
    }

    /** db-scheduler's documented table for PostgreSQL; on H2 the same with H2's types. */
    private static void createTable(DataSource dataSource, boolean h2) throws SQLException {
        String text = h2 ? "VARCHAR(250)" : "TEXT";
        String bytes = h2 ? "BLOB" : "BYTEA";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE scheduled_tasks (
                      task_name            %1$s NOT NULL,
                      task_instance        %1$s NOT NULL,
                      task_data            %2$s,
                      execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
                      picked               BOOLEAN NOT NULL,
                      picked_by            %1$s,
                      last_success         TIMESTAMP WITH TIME ZONE,
                      last_failure         TIMESTAMP WITH TIME ZONE,
                      consecutive_failures INT,
                      last_heartbeat       TIMESTAMP WITH TIME ZONE,
                      version              BIGINT NOT NULL,
                      priority             SMALLINT,
                      PRIMARY KEY (task_name, task_instance))""".formatted(text, bytes));
            statement.execute("CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time)");
            statement.execute("CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat)");
            statement.execute("CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC)");
        }
    }

    private static void insert(DataSource dataSource, int tasks) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version,
                                                  priority)
                     VALUES (?, ?, NULL, ?, FALSE, 1, 0)""")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < tasks; i++) {
                insert.setString(1, TASK);
                insert.setString(2, "target-" + i);
                insert.setTimestamp(3, now);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private static long remaining(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM scheduled_tasks")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

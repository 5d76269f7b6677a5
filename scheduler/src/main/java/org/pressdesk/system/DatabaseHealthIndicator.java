package org.pressdesk.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The database's health within a deadline. Boot's own indicator waits as long as the pool and the
 * driver do, which is many seconds when the database hangs rather than refuses; this one says DOWN
 * when the database has not answered within {@link HealthProperties#databaseTimeout()}.
 *
 * <p>The check runs on a virtual thread of its own, one at a time: while a check still waits for
 * the database, later calls wait for that same check instead of starting another, so a hanging
 * database never piles up threads or connections.
 */
class DatabaseHealthIndicator implements HealthIndicator {

    private final DataSource dataSource;
    private final Duration timeout;
    private CompletableFuture<Health> check;

    DatabaseHealthIndicator(DataSource dataSource, Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        try {
            return currentCheck().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "no answer from the database within " + timeout.toMillis()
                    + " ms").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause()).build();
        }
    }

    private synchronized CompletableFuture<Health> currentCheck() {
        if (check == null || check.isDone()) {
            CompletableFuture<Health> started = new CompletableFuture<>();
            Thread.ofVirtual().name("database-health").start(() -> started.complete(check()));
            check = started;
        }
        return check;
    }

    private Health check() {
        try (Connection connection = dataSource.getConnection()) {
            int seconds = (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
            if (!connection.isValid(seconds)) {
                return Health.down().withDetail("error", "the database did not confirm the connection").build();
            }
            return Health.up().withDetail("database", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException | RuntimeException e) {
            return Health.down(e).build();
        }
    }
}

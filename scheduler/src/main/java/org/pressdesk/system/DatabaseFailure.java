package org.pressdesk.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * What a database failure that reached the API means for the client: the database did not answer
 * (503), the request lost a race with another change (409), or a value could not be stored (400).
 * Told by Spring's exception types and, under them, by the SQLSTATE class of the driver's exception.
 */
enum DatabaseFailure {

    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
            "The database did not answer, so the request may not have been carried out; try again in a moment"),
    CONFLICT(HttpStatus.CONFLICT, "concurrent-modification", "Changed meanwhile",
            "Someone else changed the same data at the same time; reload and try again"),
    UNSTORABLE(HttpStatus.BAD_REQUEST, "value-not-storable", "Value cannot be stored",
            "A value in the request cannot be stored: it is too long, or holds characters the database refuses "
                    + "(such as NUL)");

    final HttpStatus status;
    final String type;
    final String title;
    final String detail;

    DatabaseFailure(HttpStatus status, String type, String title, String detail) {
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
    }

    /** What the failure means, or empty when it is none of these (a fault of the application). */
    static Optional<DatabaseFailure> of(Throwable failure) {
        if (failure instanceof TransactionSystemException commitOrRollback) {
            // The rollback after a failure failed too: what went wrong first is the application exception.
            Optional<DatabaseFailure> first = Optional.ofNullable(commitOrRollback.getApplicationException())
                    .flatMap(DatabaseFailure::of);
            if (first.isPresent()) {
                return first;
            }
            Optional<DatabaseFailure> byCause = byCause(failure);
            if (byCause.isPresent()) {
                return byCause;
            }
            // Otherwise the driver could not commit or roll back: the connection is gone.
            return failure.getCause() instanceof SQLException ? Optional.of(UNAVAILABLE) : Optional.empty();
        }
        return byCause(failure);
    }

    private static Optional<DatabaseFailure> byCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof TransactionTimedOutException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof SQLTimeoutException) {
                return Optional.of(UNAVAILABLE);
            }
            if (cause instanceof ConcurrencyFailureException || cause instanceof DuplicateKeyException) {
                return Optional.of(CONFLICT);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2) {
                Optional<DatabaseFailure> bySqlState = bySqlStateClass(sql.getSQLState().substring(0, 2));
                if (bySqlState.isPresent()) {
                    return bySqlState;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<DatabaseFailure> bySqlStateClass(String sqlStateClass) {
        return switch (sqlStateClass) {
            // connection exception; insufficient resources; operator intervention (e.g. the server shutting down)
            case "08", "53", "57" -> Optional.of(UNAVAILABLE);
            // integrity constraint violation; transaction rollback (serialization failure, deadlock)
            case "23", "40" -> Optional.of(CONFLICT);
            // data exception: too long, out of range, invalid character
            case "22" -> Optional.of(UNSTORABLE);
            default -> Optional.empty();
        };
    }
}

package org.pressdesk.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in and out of {@code TIMESTAMP WITH TIME ZONE} columns. Both H2 and the PostgreSQL
 * driver map that type to {@link OffsetDateTime}; neither takes {@link Instant} directly.
 */
public final class SqlTime {

    private SqlTime() {
    }

    public static OffsetDateTime param(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant read(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

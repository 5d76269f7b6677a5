package org.pressdesk.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A freshly migrated database for one test class: an in-memory H2, or a schema of its own on the
 * real PostgreSQL at 127.0.0.1:5432 (database {@code test}, override with PRESSDESK_TEST_POSTGRES_URL),
 * so parallel builds on one server never see each other's rows. Close it to drop the schema.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String POSTGRES_URL = System.getenv().getOrDefault("PRESSDESK_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String POSTGRES_USER = System.getenv().getOrDefault("PRESSDESK_TEST_POSTGRES_USER",
            "postgres");

    /** The test server's JDBC URL, without a schema. */
    public static String postgresUrl() {
        return POSTGRES_URL;
    }

    public static String postgresUser() {
        return POSTGRES_USER;
    }

    private final HikariDataSource dataSource;
    private final String schema;
    private final Runnable dropper;

    private TestDatabase(HikariDataSource dataSource, String schema, Runnable dropper) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.dropper = dropper;
    }

    public static TestDatabase h2() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:pressdesk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        config.setUsername("sa");
        config.setMaximumPoolSize(10);
        config.setLeakDetectionThreshold(5000);
        HikariDataSource dataSource = new HikariDataSource(config);
        migrate(dataSource, "h2", null);
        return new TestDatabase(dataSource, null, () -> { });
    }

    public static TestDatabase postgres() {
        String schema = "pd_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.setUsername(POSTGRES_USER);
        config.setMaximumPoolSize(10);
        HikariDataSource dataSource = new HikariDataSource(config);
        migrate(dataSource, "postgresql", schema);
        return new TestDatabase(dataSource, schema,
                () -> JdbcClient.create(dataSource).sql("DROP SCHEMA " + schema + " CASCADE").update());
    }

    private static void migrate(DataSource dataSource, String vendor, String schema) {
        var flyway = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
        if (schema != null) {
            flyway.schemas(schema);
        }
        flyway.load().migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    public TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** The schema of this database on PostgreSQL; null on H2. */
    public String schema() {
        return schema;
    }

    public boolean isPostgres() {
        return schema != null;
    }

    @Override
    public void close() {
        try {
            dropper.run();
        } finally {
            dataSource.close();
        }
    }
}

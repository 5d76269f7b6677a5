package org.pressdesk.support;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The whole application on the test PostgreSQL (see {@link TestDatabase} for the server), in a schema
 * of its own that Flyway creates and {@link #dropSchema()} removes, with the sample channels writing
 * under a temporary folder and no dispatcher loop.
 */
public final class AppOnPostgres {

    private static final List<String> SAMPLE_CHANNELS = List.of("weibo-sample", "x-sample", "radio-sample");

    private final String schema;

    private AppOnPostgres(String schema) {
        this.schema = schema;
    }

    /** @param prefix says which test class the schema belongs to, for whoever finds it left over */
    public static AppOnPostgres inNewSchema(String prefix) {
        return new AppOnPostgres(prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    public String schema() {
        return schema;
    }

    /** Registers the settings that point the application at this schema of the test server. */
    public void register(DynamicPropertyRegistry registry, Path outbox) {
        registerAt(registry, TestDatabase.postgresUrl(), outbox);
    }

    /** The same, through another address of the server (a proxy in front of it). */
    public void registerAt(DynamicPropertyRegistry registry, String jdbcUrl, Path outbox) {
        registry.add("spring.datasource.url",
                () -> jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        registry.add("spring.datasource.username", TestDatabase::postgresUser);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("pressdesk.dispatch.enabled", () -> "false");
        for (String channel : SAMPLE_CHANNELS) {
            registry.add("pressdesk.channels." + channel + ".settings.folder", () -> outbox.resolve(channel).toString());
        }
    }

    public void dropSchema() {
        DriverManagerDataSource server = new DriverManagerDataSource(TestDatabase.postgresUrl(),
                TestDatabase.postgresUser(), "");
        JdbcClient.create(server).sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
    }
}

package org.pressdesk.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.PressdeskApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code --pressdesk.samples.seed-year=2011} on the embedded default loads the sample year on start-up,
 * and starting again on the same database adds nothing.
 */
class SampleDataOnStartupTest {

    @TempDir
    Path workDir;

    private ConfigurableApplicationContext start(String... arguments) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("data/pressdesk"),
                "--pressdesk.dispatch.enabled=false", "--pressdesk.metrics.collect=false"));
        for (String channel : List.of("weibo-sample", "x-sample", "radio-sample")) {
            args.add("--pressdesk.channels." + channel + ".settings.folder=" + workDir.resolve("outbox/" + channel));
        }
        args.addAll(List.of(arguments));
        return new SpringApplicationBuilder(PressdeskApplication.class).web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    private static String counts(ConfigurableApplicationContext app) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        List<String> counts = new ArrayList<>();
        for (String table : List.of("post", "publish_target", "publication_record", "follower_snapshot",
                "listener_figure", "office_figure", "disclosure_remarks", "daily_run_post")) {
            counts.add(table + " " + jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return String.join(", ", counts);
    }

    @Test
    void theSampleYearIsLoadedOnTheFirstStartOnly() {
        String first;
        try (ConfigurableApplicationContext app = start("--pressdesk.samples.seed-year=2011")) {
            first = counts(app);
        }
        // 2,462 published on the sample channels, 133 briefing summaries and 1,998 answers imported from conferences
        assertThat(first).contains("post 4593", "publication_record 2462", "follower_snapshot 265", "listener_figure 66",
                "office_figure 23", "disclosure_remarks 3", "daily_run_post 2131");

        try (ConfigurableApplicationContext app = start("--pressdesk.samples.seed-year=2011")) {
            assertThat(counts(app)).isEqualTo(first);
        }
    }

    @Test
    void withoutTheSettingNothingIsLoaded() {
        try (ConfigurableApplicationContext app = start()) {
            assertThat(counts(app)).contains("post 0", "follower_snapshot 0", "office_figure 0");
        }
    }
}

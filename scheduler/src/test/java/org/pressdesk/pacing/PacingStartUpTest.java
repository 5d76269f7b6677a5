package org.pressdesk.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pressdesk.dispatch.ChannelPacing;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.pressdesk.system.OfficeProperties;

/** {@code pressdesk.channels.<id>.pacing} as configured: bound beside the channel's other settings, checked at start-up. */
class PacingStartUpTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
                    JdbcClientAutoConfiguration.class, TransactionAutoConfiguration.class))
            .withUserConfiguration(PacingConfiguration.class, Properties.class)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:pacing-startup;DB_CLOSE_DELAY=-1",
                    "pressdesk.channels.weibo-main.type=outbox");

    @EnableConfigurationProperties({PacingProperties.class, OfficeProperties.class})
    static class Properties {
    }

    @Test
    void bindsAChannelsPacingBesideItsOtherSettings() {
        context.withPropertyValues("pressdesk.channels.weibo-main.pacing.min-gap=20m",
                        "pressdesk.channels.weibo-main.pacing.max-per-hour=3",
                        "pressdesk.channels.weibo-main.pacing.max-per-day=30",
                        "pressdesk.channels.weibo-main.pacing.quiet-hours=23:00-07:00")
                .run(started -> {
                    assertThat(started).hasNotFailed();
                    assertThat(started.getBean(PacingProperties.class).channels().get("weibo-main").pacing())
                            .isEqualTo(new PacingProperties.Pacing(java.time.Duration.ofMinutes(20), 3, 30,
                                    "23:00-07:00"));
                    assertThat(started).hasSingleBean(ChannelPacing.class);
                });
    }

    @Test
    void contradictingSettingsStopStartUpNamingTheKey() {
        context.withPropertyValues("pressdesk.channels.weibo-main.pacing.min-gap=13h",
                        "pressdesk.channels.weibo-main.pacing.quiet-hours=20:00-08:00")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("pressdesk.channels.weibo-main.pacing.min-gap"));
    }
}

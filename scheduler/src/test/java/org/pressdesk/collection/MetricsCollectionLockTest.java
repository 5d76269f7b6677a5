package org.pressdesk.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.metrics.rollup.DailyRollup;
import org.pressdesk.support.AudienceConnector;
import org.pressdesk.support.MetricsRig;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.testing.SettableClock;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two nodes on one PostgreSQL database: while one runs the collection, the other does not read the channels. */
class MetricsCollectionLockTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2011-12-29T17:00:00Z"));
    private final AudienceConnector weibo = new AudienceConnector("weibo-main", clock);
    private final MetricsRig rig = new MetricsRig(TestDatabase.postgres(), clock, weibo);

    @AfterEach
    void close() {
        rig.database.close();
    }

    private MetricsCollection node() {
        JdbcTemplateLockProvider locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(rig.database.dataSource()))
                .usingDbTime()
                .build());
        return new MetricsCollection(new DefaultLockingTaskExecutor(locks), rig.followers, rig.engagement,
                new DailyRollup(rig.database.jdbc(), rig.database.transactions()), ZoneId.of("Asia/Shanghai"),
                Duration.ofMinutes(30), clock);
    }

    @Test
    void onlyOneNodeRunsTheCollectionAtATime() throws Exception {
        MetricsCollection first = node();
        MetricsCollection second = node();
        CountDownLatch release = weibo.holdReads();

        CompletableFuture<Boolean> firstRun = CompletableFuture.supplyAsync(first::run);
        assertThat(weibo.reading.await(30, TimeUnit.SECONDS)).as("the first node is reading followers").isTrue();
        boolean secondRan = second.run();
        release.countDown();

        assertThat(secondRan).as("the lock is held by the first node").isFalse();
        assertThat(firstRun.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(weibo.audienceReads).hasValue(1);
        assertThat(rig.database.jdbc().sql("SELECT COUNT(*) FROM shedlock WHERE name = ?")
                .param(MetricsCollection.LOCK).query(Long.class).single()).isEqualTo(1);
    }
}

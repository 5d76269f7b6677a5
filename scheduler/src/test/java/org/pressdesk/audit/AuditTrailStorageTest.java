package org.pressdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.system.SqlTime;
import org.pressdesk.testing.SettableClock;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit's one query over five sources reads the same on H2 and PostgreSQL. */
class AuditTrailStorageTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    static List<Arguments> databases() {
        return List.of(Arguments.of("H2", (Supplier<TestDatabase>) TestDatabase::h2),
                Arguments.of("PostgreSQL", (Supplier<TestDatabase>) TestDatabase::postgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everySourceIsReadFilteredCountedAndPagedNewestFirst(String name, Supplier<TestDatabase> create) {
        try (TestDatabase database = create.get()) {
            JdbcClient jdbc = database.jdbc();
            SettableClock clock = new SettableClock(T0);
            jdbc.sql("""
                    INSERT INTO post (id, kind, title, body, language, author, created_at)
                    VALUES (1, 'SPOKESPERSON_ANSWER', 't', 'b', 'zh-Hant', '王小明', :at)""")
                    .param("at", SqlTime.param(T0)).update();
            jdbc.sql("""
                    INSERT INTO publish_target (id, post_id, channel_id, state, idempotency_key)
                    VALUES (10, 1, 'weibo-sample', 'SCHEDULED', 'k-10')""").update();
            jdbc.sql("""
                    INSERT INTO target_transition (target_id, post_id, actor, occurred_at, from_state, to_state, reason)
                    VALUES (10, 1, '陳主任', :at, 'SUBMITTED', 'APPROVED', 'ok, "fine"')""")
                    .param("at", SqlTime.param(T0.plusSeconds(1))).update();
            jdbc.sql("""
                    INSERT INTO control_event (scope, action, actor, occurred_at, reason)
                    VALUES ('weibo-sample', 'PAUSE', '值班員', :at, '維護')""")
                    .param("at", SqlTime.param(T0.plusSeconds(2))).update();
            jdbc.sql("""
                    INSERT INTO template_revision (template_id, version, source, saved_at, saved_by, reverted, reverted_at)
                    VALUES ('microblog/spokesperson-answer/zh-Hant', 1, 's', :saved, 'editor-li', TRUE, :reverted)""")
                    .param("saved", SqlTime.param(T0.plusSeconds(3))).param("reverted", SqlTime.param(T0.plusSeconds(4)))
                    .update();
            clock.set(T0.plusSeconds(5));
            new AdminActions(jdbc, clock).record("管理員", "user.create", "weibo-sample", "roles EDITOR");
            AuditTrail trail = new AuditTrail(jdbc);
            AuditQuery all = new AuditQuery(null, null, null, null, null, null);

            assertThat(trail.page(all, 0, 10)).extracting(AuditEvent::kind).containsExactly(AuditKind.ADMIN,
                    AuditKind.TEMPLATE_REVERT, AuditKind.TEMPLATE_SAVE, AuditKind.PAUSE, AuditKind.TRANSITION);
            assertThat(trail.count(all)).isEqualTo(5);
            assertThat(trail.page(all, 1, 2)).extracting(AuditEvent::kind)
                    .containsExactly(AuditKind.TEMPLATE_SAVE, AuditKind.PAUSE);
            AuditEvent transition = trail.page(new AuditQuery(null, null, "陳主任", 1L, "weibo-sample",
                    AuditKind.TRANSITION), 0, 10).getFirst();
            assertThat(transition).isEqualTo(new AuditEvent(T0.plusSeconds(1), "陳主任", AuditKind.TRANSITION, 1L,
                    "weibo-sample", null, "SUBMITTED", "APPROVED", "ok, \"fine\""));
            assertThat(trail.page(new AuditQuery(null, null, null, null, "weibo-sample", null), 0, 10))
                    .extracting(AuditEvent::kind).containsExactly(AuditKind.ADMIN, AuditKind.PAUSE, AuditKind.TRANSITION);
            assertThat(trail.count(new AuditQuery(T0.plusSeconds(2), T0.plusSeconds(4), null, null, null, null)))
                    .isEqualTo(2);
            assertThat(trail.page(new AuditQuery(null, null, null, null, null, AuditKind.TEMPLATE_REVERT), 0, 10)
                    .getFirst().actor()).isNull();
        }
    }
}

package org.pressdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.dispatch.Dispatcher;
import org.pressdesk.post.NewPost;
import org.pressdesk.post.Post;
import org.pressdesk.post.PostSource;
import org.pressdesk.post.PostWorkflow;
import org.pressdesk.post.TargetState;
import org.pressdesk.support.AppOnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production's storage: the application started on PostgreSQL through the standard
 * SPRING_DATASOURCE_* settings (here as properties), migrated by Flyway, publishing end to end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PressdeskOnPostgresTest {

    private static final AppOnPostgres APP = AppOnPostgres.inNewSchema("pd_app");

    @TempDir
    static Path outbox;

    @Autowired
    PostWorkflow workflow;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        APP.register(registry, outbox);
    }

    @AfterAll
    static void dropSchema() {
        APP.dropSchema();
    }

    @Test
    void migratesPostgresAndPublishesThroughTheWholeLifecycle() {
        assertThat(jdbc.sql("SELECT current_schema()").query(String.class).single()).isEqualTo(APP.schema());
        // Counted in this schema only: parallel builds on the same server have schemas of their own with the trigger.
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                         WHERE t.tgname = 'target_transition_no_update_or_delete'
                           AND c.relnamespace = current_schema()::regnamespace""")
                .query(Long.class).single()).isEqualTo(1);

        Post post = workflow.create(new NewPost(ContentKind.BRIEFING_SUMMARY, "2011年12月30日外交部發言人洪磊主持例行記者會",
                "發言人洪磊回答了有關伊朗核問題、朝鮮半島局勢等提問。", ContentLanguage.ZH_HANT,
                new PostSource(java.time.LocalDate.of(2011, 12, 30), null, null), null, "editor-li", Instant.now(),
                List.of(new NewPost.Target("weibo-sample", Instant.now()))));
        workflow.submit(post.id(), "editor-li", null);
        workflow.approve(post.id(), "approver-wang", null);

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(workflow.get(post.id()).targets()).singleElement()
                .satisfies(target -> assertThat(target.state()).isEqualTo(TargetState.PUBLISHED));
        assertThat(workflow.history(post.id())).hasSize(6);
    }
}

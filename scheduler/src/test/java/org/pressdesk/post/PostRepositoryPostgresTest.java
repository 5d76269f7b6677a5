package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pressdesk.content.ContentKind;
import org.pressdesk.support.TestDatabase;
import org.springframework.dao.DataAccessException;

class PostRepositoryPostgresTest extends PostRepositoryContractTest {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }

    @Test
    void theDatabaseRefusesToRewriteTheAudit() {
        long id = insert("weibo", ContentKind.SPOKESPERSON_ANSWER);
        new AuditLog(database.jdbc()).append(new TargetTransition(
                new PostRepository(database.jdbc()).findById(id).orElseThrow().targets().getFirst().id(), id,
                "editor-li", java.time.Instant.now(), null, TargetState.DRAFT, "queued"));

        assertThatThrownBy(() -> database.jdbc().sql("UPDATE target_transition SET actor = 'someone-else'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.jdbc().sql("DELETE FROM target_transition").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}

package org.pressdesk.templating;

import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.template.store.TemplateOverrides;
import org.pressdesk.template.store.TemplateOverridesContractTest;

class JdbcTemplateOverridesPostgresTest extends TemplateOverridesContractTest {

    private static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TemplateOverrides createOverrides(Clock clock) {
        database.jdbc().sql("DELETE FROM template_revision").update();
        return new JdbcTemplateOverrides(database.jdbc(), clock);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }
}

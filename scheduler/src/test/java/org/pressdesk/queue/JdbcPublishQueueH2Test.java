package org.pressdesk.queue;

import org.junit.jupiter.api.AfterAll;
import org.pressdesk.support.TestDatabase;

class JdbcPublishQueueH2Test extends PublishQueueContractTest {

    private static final TestDatabase database = TestDatabase.h2();

    @Override
    protected PublishQueue emptyQueue() {
        database.jdbc().sql("DELETE FROM publish_queue").update();
        return new JdbcPublishQueue(database.jdbc(), database.transactions());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }
}

package org.pressdesk.channel;

import org.junit.jupiter.api.AfterAll;
import org.pressdesk.connector.ThreadJournal;
import org.pressdesk.connector.ThreadJournalContractTest;
import org.pressdesk.support.TestDatabase;

class JdbcThreadJournalH2Test extends ThreadJournalContractTest {

    private static final TestDatabase database = TestDatabase.h2();

    @Override
    protected ThreadJournal emptyJournal() {
        database.jdbc().sql("DELETE FROM thread_part").update();
        return new JdbcThreadJournal(database.jdbc());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }
}

package org.pressdesk.connector;

class InMemoryThreadJournalTest extends ThreadJournalContractTest {

    @Override
    protected ThreadJournal emptyJournal() {
        return ThreadJournal.inMemory();
    }
}

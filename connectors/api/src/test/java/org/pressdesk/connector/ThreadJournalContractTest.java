package org.pressdesk.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ThreadJournal} owes the connectors that continue threads with it. A journal's
 * test extends this class and supplies an empty journal; the class ships in this module's test-jar.
 */
public abstract class ThreadJournalContractTest {

    private static final Instant T0 = Instant.parse("2011-12-30T07:00:00Z");

    private ThreadJournal journal;

    /** An empty journal; called before each test. */
    protected abstract ThreadJournal emptyJournal();

    @BeforeEach
    void startEmpty() {
        journal = emptyJournal();
    }

    @Test
    void remembersAcceptedPartsInThreadOrder() {
        journal.record("x-mfa", "key-1", part(0, "第一部分", "1001"));
        journal.record("x-mfa", "key-1", part(1, "第二部分😀", "1002"));

        assertThat(journal.published("x-mfa", "key-1")).containsExactly(part(0, "第一部分", "1001"),
                part(1, "第二部分😀", "1002"));
    }

    @Test
    void knowsNothingOfAThreadNeverStarted() {
        assertThat(journal.published("x-mfa", "key-never")).isEmpty();
    }

    @Test
    void keepsThreadsOfDifferentKeysAndChannelsApart() {
        journal.record("x-mfa", "key-1", part(0, "a", "1001"));
        journal.record("x-mfa", "key-2", part(0, "b", "2001"));
        journal.record("x-other", "key-1", part(0, "c", "3001"));

        assertThat(journal.published("x-mfa", "key-1")).extracting(ThreadJournal.PublishedPart::remoteId)
                .containsExactly("1001");
        assertThat(journal.published("x-mfa", "key-2")).extracting(ThreadJournal.PublishedPart::remoteId)
                .containsExactly("2001");
        assertThat(journal.published("x-other", "key-1")).extracting(ThreadJournal.PublishedPart::remoteId)
                .containsExactly("3001");
    }

    @Test
    void recordingAPartAgainKeepsTheFirstRecord() {
        journal.record("x-mfa", "key-1", part(0, "a", "1001"));
        journal.record("x-mfa", "key-1", part(0, "a", "9999"));

        assertThat(journal.published("x-mfa", "key-1")).extracting(ThreadJournal.PublishedPart::remoteId)
                .containsExactly("1001");
    }

    @Test
    void forgetsACompletedThreadOnly() {
        journal.record("x-mfa", "key-1", part(0, "a", "1001"));
        journal.record("x-mfa", "key-2", part(0, "b", "2001"));

        journal.forget("x-mfa", "key-1");
        journal.forget("x-mfa", "key-never");

        assertThat(journal.published("x-mfa", "key-1")).isEmpty();
        assertThat(journal.published("x-mfa", "key-2")).hasSize(1);
    }

    private static ThreadJournal.PublishedPart part(int index, String text, String remoteId) {
        return new ThreadJournal.PublishedPart(index, text, remoteId, T0.plusSeconds(index));
    }
}

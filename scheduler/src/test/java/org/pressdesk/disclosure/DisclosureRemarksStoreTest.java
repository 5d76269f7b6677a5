package org.pressdesk.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.testing.SettableClock;

/** The remarks of a year's report, kept per language and replaced when saved again, on H2 and PostgreSQL. */
class DisclosureRemarksStoreTest {

    private static final TestDatabase H2 = TestDatabase.h2();
    private static final TestDatabase POSTGRES = TestDatabase.postgres();

    static Stream<TestDatabase> databases() {
        return Stream.of(H2, POSTGRES);
    }

    @AfterAll
    static void closeDatabases() {
        H2.close();
        POSTGRES.close();
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("databases")
    void remarksAreKeptPerYearAndLanguageAndReplacedWhenSavedAgain(TestDatabase database) {
        database.jdbc().sql("DELETE FROM disclosure_remarks").update();
        SettableClock clock = new SettableClock(Instant.parse("2012-03-01T02:00:00Z"));
        DisclosureRemarksStore store = new DisclosureRemarksStore(database.jdbc(), clock);

        store.save(2011, "zh-Hant", "問題", "措施", "editor-li");
        store.save(2011, "en", "Problems", "Improvements", "editor-li");
        clock.set(Instant.parse("2012-03-02T02:00:00Z"));
        store.save(2011, "zh-Hant", "申請多涉及國外産生的信息。", "進一步加強制度建設。", "editor-wang");

        DisclosureRemarks zhHant = store.find(2011, "zh-Hant").orElseThrow();
        assertThat(zhHant.problems()).isEqualTo("申請多涉及國外産生的信息。");
        assertThat(zhHant.savedBy()).isEqualTo("editor-wang");
        assertThat(zhHant.savedAt()).isEqualTo(Instant.parse("2012-03-02T02:00:00Z"));
        assertThat(store.find(2011, "en").orElseThrow().improvements()).isEqualTo("Improvements");
        assertThat(store.find(2011, "zh-Hans")).isEmpty();
        assertThat(store.find(2010, "en")).isEmpty();
    }
}

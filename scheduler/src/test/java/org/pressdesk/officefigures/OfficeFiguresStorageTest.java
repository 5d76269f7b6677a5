package org.pressdesk.officefigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.testing.SettableClock;

/** Office figures stored and replaced the same way on H2 and on PostgreSQL. */
class OfficeFiguresStorageTest {

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

    private static OfficeFigures figures(TestDatabase database, SettableClock clock) {
        database.jdbc().sql("DELETE FROM office_figure").update();
        return new OfficeFigures(database.jdbc(), clock);
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("databases")
    void figuresAreReplacedOneByOneAndReadInTheReportsOrder(TestDatabase database) {
        SettableClock clock = new SettableClock(Instant.parse("2012-01-05T02:00:00Z"));
        OfficeFigures figures = figures(database, clock);

        figures.save(List.of(FigureEntry.of(2011, OfficeFigure.PORTAL_ITEMS, "treaty-document", new BigDecimal(600)),
                FigureEntry.of(2011, OfficeFigure.FEES_CHARGED, "", new BigDecimal("12.5")),
                FigureEntry.of(2011, OfficeFigure.PORTAL_ITEMS, "important-speech", new BigDecimal(1421)),
                FigureEntry.of(2011, OfficeFigure.PORTAL_ITEMS, "", new BigDecimal(189127))), "editor-li");
        clock.set(Instant.parse("2012-01-06T02:00:00Z"));
        figures.save(List.of(FigureEntry.of(2011, OfficeFigure.PORTAL_ITEMS, "treaty-document", new BigDecimal(625))),
                "editor-wang");

        YearFigures year = figures.ofYear(2011);
        assertThat(year.figures()).extracting(stored -> stored.entry().figure().key() + "/" + stored.entry().category()
                        + "=" + stored.entry().value().toPlainString() + " by " + stored.enteredBy())
                .containsExactly("portal-items/=189127 by editor-li", "portal-items/important-speech=1421 by editor-li",
                        "portal-items/treaty-document=625 by editor-wang", "fees-charged/=12.50 by editor-li");
        assertThat(year.sumOfCategories(OfficeFigure.PORTAL_ITEMS)).contains(new BigDecimal(2046));
        assertThat(year.figures().get(2).enteredAt()).isEqualTo(Instant.parse("2012-01-06T02:00:00Z"));
        assertThat(figures.ofYear(2010).isEmpty()).isTrue();
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("databases")
    void aFigureIsRemovedOnlyWhereItWasStored(TestDatabase database) {
        OfficeFigures figures = figures(database, new SettableClock(Instant.parse("2012-01-05T02:00:00Z")));
        figures.save(List.of(FigureEntry.of(2011, OfficeFigure.LAWSUITS, "", BigDecimal.ZERO)), "editor-li");

        assertThat(figures.delete(2010, OfficeFigure.LAWSUITS, "")).isFalse();
        assertThat(figures.delete(2011, OfficeFigure.LAWSUITS, "")).isTrue();
        assertThat(figures.ofYear(2011).isEmpty()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aFigureMustFitWhatItCounts() {
        assertThatThrownBy(() -> FigureEntry.of(2011, OfficeFigure.PRESS_CONFERENCES, "", new BigDecimal("1.5")))
                .hasMessage("must be a whole number");
        assertThatThrownBy(() -> FigureEntry.of(2011, OfficeFigure.REQUESTS_ANSWERED, "", BigDecimal.ONE))
                .hasMessageStartingWith("requests-answered needs a category");
        assertThat(FigureEntry.of(2011, OfficeFigure.FEES_WAIVED, "", new BigDecimal("3.1")).value())
                .isEqualByComparingTo("3.10");
    }
}

package org.pressdesk.metrics.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The office-zone dates a report covers, both inclusive.
 *
 * @param from the first day
 * @param to   the last day, not before {@code from}
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
        }
    }

    /** 1 January to 31 December, the disclosure report's period. */
    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** The months the period touches, in order. */
    public java.util.List<YearMonth> months() {
        java.util.List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }
}

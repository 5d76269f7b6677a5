package org.pressdesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a calendar page shows: a week from Monday, or a month as whole weeks from the Monday on or
 * before its first day to the Sunday on or after its last.
 *
 * @param month whether it is a month (else a week)
 * @param date  the day it was asked for
 */
record CalendarPeriod(boolean month, LocalDate date) {

    LocalDate first() {
        LocalDate start = month ? date.withDayOfMonth(1) : date;
        return start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    LocalDate last() {
        LocalDate end = month ? date.with(TemporalAdjusters.lastDayOfMonth()) : date;
        return end.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    /** Whether a day belongs to the period itself, not to the weeks around a month. */
    boolean covers(LocalDate day) {
        return !month || day.getMonth() == date.getMonth() && day.getYear() == date.getYear();
    }

    LocalDate previous() {
        return month ? date.minusMonths(1) : date.minusWeeks(1);
    }

    LocalDate next() {
        return month ? date.plusMonths(1) : date.plusWeeks(1);
    }

    /** The shown days, a week to a row. */
    List<List<LocalDate>> weeks() {
        List<List<LocalDate>> weeks = new ArrayList<>();
        for (LocalDate monday = first(); !monday.isAfter(last()); monday = monday.plusWeeks(1)) {
            weeks.add(monday.datesUntil(monday.plusWeeks(1)).toList());
        }
        return weeks;
    }
}

package org.pressdesk.officefigures;

import java.math.BigDecimal;

/**
 * One figure of one year as stored.
 *
 * @param year     the reporting year (1 January – 31 December)
 * @param figure   what is counted
 * @param category its category, {@code ""} for none
 * @param value    a count, or yuan for fees
 */
public record FigureEntry(int year, OfficeFigure figure, String category, BigDecimal value) {

    /**
     * A figure as typed, checked against what the figure takes.
     *
     * @throws IllegalArgumentException saying what is wrong with the category or the value
     */
    static FigureEntry of(int year, OfficeFigure figure, String category, BigDecimal value) {
        return new FigureEntry(year, figure, figure.category(category), figure.value(value));
    }
}

package org.pressdesk.officefigures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The office figures stored for one year; a figure nobody entered is absent, not zero. */
public record YearFigures(int year, List<StoredFigure> figures) {

    /** The figure without a category (for portal items: all of them), if entered. */
    public Optional<BigDecimal> get(OfficeFigure figure) {
        return get(figure, "");
    }

    public Optional<BigDecimal> get(OfficeFigure figure, String category) {
        return figures.stream().map(StoredFigure::entry)
                .filter(entry -> entry.figure() == figure && entry.category().equals(category))
                .map(FigureEntry::value).findFirst();
    }

    /** The sum over the figure's categories, if any was entered. */
    public Optional<BigDecimal> sumOfCategories(OfficeFigure figure) {
        return figures.stream().map(StoredFigure::entry)
                .filter(entry -> entry.figure() == figure && !entry.category().isEmpty())
                .map(FigureEntry::value).reduce(BigDecimal::add);
    }

    public boolean isEmpty() {
        return figures.isEmpty();
    }
}

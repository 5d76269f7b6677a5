package org.pressdesk.officefigures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import org.pressdesk.system.CsvRecords;
import org.pressdesk.system.CsvRecords.CsvRecord;

/**
 * Office figures as a spreadsheet exports them: a header line naming the columns {@code year},
 * {@code figure}, {@code category} (optional) and {@code value} in any order, then one figure a line,
 * e.g. {@code 2011,portal-items,important-speech,1421}. The whole file is read and checked before
 * anything is stored; the first problem found is reported with its line and column.
 */
final class OfficeFiguresCsv {

    static final List<String> COLUMNS = List.of("year", "figure", "category", "value");

    private OfficeFiguresCsv() {
    }

    /**
     * @param yearAllowed says whether figures may be entered for a year (not for one still to come)
     * @throws MalformedCsvException naming the line and column of the first problem
     */
    static List<FigureEntry> read(String text, IntPredicate yearAllowed) {
        List<CsvRecord> records;
        try {
            records = CsvRecords.read(text);
        } catch (CsvRecords.CsvSyntaxException malformed) {
            throw new MalformedCsvException(malformed.line(), malformed.column(), null, malformed.getMessage());
        }
        if (records.isEmpty()) {
            throw new MalformedCsvException(1, 1, null, "the file is empty; its first line names the columns "
                    + String.join(",", COLUMNS));
        }
        CsvRecord header = records.getFirst();
        Map<String, Integer> columns = columns(header);
        if (records.size() == 1) {
            throw new MalformedCsvException(header.line() + 1, 1, null, "no figures after the header line");
        }
        List<FigureEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            FigureEntry entry = entry(record, header.fields().size(), columns, yearAllowed);
            String key = entry.year() + "/" + entry.figure().key() + "/" + entry.category();
            Integer earlier = seen.putIfAbsent(key, record.line());
            if (earlier != null) {
                throw new MalformedCsvException(record.line(), columns.get("figure") + 1, "figure",
                        "the same figure as line " + earlier + " (" + key.replaceAll("/$", "") + ")");
            }
            entries.add(entry);
        }
        return entries;
    }

    private static Map<String, Integer> columns(CsvRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw new MalformedCsvException(header.line(), i + 1, null, "unknown column '"
                        + header.fields().get(i).trim() + "'; the columns are " + String.join(", ", COLUMNS));
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new MalformedCsvException(header.line(), i + 1, name, "column named twice");
            }
        }
        for (String required : List.of("year", "figure", "value")) {
            if (!columns.containsKey(required)) {
                throw new MalformedCsvException(header.line(), header.fields().size() + 1, required,
                        "the header has no column " + required);
            }
        }
        return columns;
    }

    private static FigureEntry entry(CsvRecord record, int width, Map<String, Integer> columns,
                                     IntPredicate yearAllowed) {
        if (record.fields().size() != width) {
            throw new MalformedCsvException(record.line(), Math.min(record.fields().size(), width) + 1, null,
                    width + " columns expected as in the header, " + record.fields().size() + " found");
        }
        int year = year(record, columns.get("year"), yearAllowed);
        int figureColumn = columns.get("figure");
        String typedFigure = record.fields().get(figureColumn).trim();
        OfficeFigure figure = OfficeFigure.byKey(typedFigure).orElseThrow(() -> new MalformedCsvException(
                record.line(), figureColumn + 1, "figure", "unknown figure '" + typedFigure + "'; one of "
                + String.join(", ", OfficeFigure.keys())));
        Integer categoryColumn = columns.get("category");
        String category;
        try {
            category = figure.category(categoryColumn == null ? "" : record.fields().get(categoryColumn));
        } catch (IllegalArgumentException refused) {
            throw new MalformedCsvException(record.line(), categoryColumn == null ? width + 1 : categoryColumn + 1,
                    "category", refused.getMessage());
        }
        int valueColumn = columns.get("value");
        String typedValue = record.fields().get(valueColumn).trim().replace(",", "");
        try {
            return new FigureEntry(year, figure, category, figure.value(new BigDecimal(typedValue)));
        } catch (NumberFormatException notANumber) {
            throw new MalformedCsvException(record.line(), valueColumn + 1, "value",
                    "not a number: '" + record.fields().get(valueColumn).trim() + "'");
        } catch (IllegalArgumentException refused) {
            throw new MalformedCsvException(record.line(), valueColumn + 1, "value", refused.getMessage());
        }
    }

    private static int year(CsvRecord record, int column, IntPredicate yearAllowed) {
        String typed = record.fields().get(column).trim();
        int year;
        try {
            year = Integer.parseInt(typed);
        } catch (NumberFormatException notAYear) {
            throw new MalformedCsvException(record.line(), column + 1, "year", "not a year: '" + typed + "'");
        }
        if (!yearAllowed.test(year)) {
            throw new MalformedCsvException(record.line(), column + 1, "year", OfficeFigureYears.refusal(year));
        }
        return year;
    }
}

package org.pressdesk.audience;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pressdesk.metrics.audience.ListenerFigure;
import org.pressdesk.system.CsvRecords;
import org.pressdesk.system.CsvRecords.CsvRecord;
import org.pressdesk.system.InvalidFieldException;

/**
 * Listener figures as staff enter them: one episode ({@code date} its air date) or one month ({@code date}
 * {@code YYYY-MM}), never after today at the office. Reads a CSV import whole or refuses it whole.
 */
final class ListenerFigureReader {

    static final List<String> COLUMNS = List.of("channel", "period", "date", "listeners", "minutes_on_air");

    private final MetricsChannels channels;
    private final LocalDate today;
    private final String actor;
    private final Instant now;

    ListenerFigureReader(MetricsChannels channels, LocalDate today, String actor, Instant now) {
        this.channels = channels;
        this.today = today;
        this.actor = actor;
        this.now = now;
    }

    /** The figures of a CSV file with a header row naming the columns {@link #COLUMNS} (minutes_on_air optional). */
    List<ListenerFigure> csv(String text) {
        List<CsvRecord> rows;
        try {
            rows = CsvRecords.read(text);
        } catch (CsvRecords.CsvSyntaxException malformed) {
            throw new MalformedCsvException(List.of(new MalformedCsvException.CellProblem(malformed.line(),
                    malformed.column(), null, malformed.getMessage())));
        }
        if (rows.isEmpty()) {
            throw new MalformedCsvException(List.of(new MalformedCsvException.CellProblem(1, 1, null,
                    "the file is empty; the first line names the columns " + String.join(",", COLUMNS))));
        }
        Map<String, Integer> columns = header(rows.getFirst());
        List<MalformedCsvException.CellProblem> problems = new ArrayList<>();
        List<ListenerFigure> figures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRecord row : rows.subList(1, rows.size())) {
            List<MalformedCsvException.CellProblem> rowProblems = new ArrayList<>();
            if (row.fields().size() > columns.size()) {
                rowProblems.add(new MalformedCsvException.CellProblem(row.line(), columns.size() + 1, null,
                        "the row has " + row.fields().size() + " cells, the header " + columns.size()));
            }
            String channel = cell(row, columns, "channel", rowProblems, typed -> channels.radio("channel", typed));
            ListenerFigure.Period period = cell(row, columns, "period", rowProblems, ListenerFigureReader::period);
            LocalDate start = period == null ? null
                    : cell(row, columns, "date", rowProblems, typed -> start(period, typed));
            Long listeners = cell(row, columns, "listeners", rowProblems, ListenerFigureReader::count);
            Integer minutes = optionalCell(row, columns, rowProblems);
            if (rowProblems.isEmpty()) {
                if (!seen.add(channel + "/" + period + "/" + start)) {
                    rowProblems.add(new MalformedCsvException.CellProblem(row.line(), columns.get("date") + 1, "date",
                            "the file gives " + channel + "'s " + period.name().toLowerCase(Locale.ROOT) + " " + start
                                    + " twice"));
                } else {
                    figures.add(new ListenerFigure(channel, period, start, listeners, minutes, actor, now));
                }
            }
            problems.addAll(rowProblems);
        }
        if (!problems.isEmpty()) {
            throw new MalformedCsvException(problems);
        }
        return figures;
    }

    /** One figure entered through the API: {@code episode} or {@code month}, not both. */
    ListenerFigure one(String channel, LocalDate episode, String month, long listeners, Integer minutes) {
        if ((episode == null) == (month == null || month.isBlank())) {
            throw new InvalidFieldException("episode", "give the episode's air date or a month (YYYY-MM), not both");
        }
        if (episode != null) {
            return new ListenerFigure(channel, ListenerFigure.Period.EPISODE, notFuture("episode", episode),
                    listeners, minutes, actor, now);
        }
        return new ListenerFigure(channel, ListenerFigure.Period.MONTH, start(ListenerFigure.Period.MONTH, month, "month"),
                listeners, minutes, actor, now);
    }

    private Map<String, Integer> header(CsvRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        List<MalformedCsvException.CellProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(new MalformedCsvException.CellProblem(header.line(), i + 1, header.fields().get(i),
                        "unknown column; the columns are " + String.join(",", COLUMNS)));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new MalformedCsvException.CellProblem(header.line(), i + 1, name, "the column is named twice"));
            }
        }
        for (String required : COLUMNS.subList(0, 4)) {
            if (!columns.containsKey(required) && problems.isEmpty()) {
                problems.add(new MalformedCsvException.CellProblem(header.line(), header.fields().size() + 1, required,
                        "the header has no column '" + required + "'; the columns are " + String.join(",", COLUMNS)));
            }
        }
        if (!problems.isEmpty()) {
            throw new MalformedCsvException(problems);
        }
        return columns;
    }

    private interface CellReader<T> {
        T read(String typed);
    }

    private static <T> T cell(CsvRecord row, Map<String, Integer> columns, String name,
                              List<MalformedCsvException.CellProblem> problems, CellReader<T> reader) {
        int column = columns.get(name);
        String typed = column < row.fields().size() ? row.fields().get(column).trim() : "";
        if (typed.isEmpty()) {
            problems.add(new MalformedCsvException.CellProblem(row.line(), column + 1, name, "is empty"));
            return null;
        }
        try {
            return reader.read(typed);
        } catch (InvalidFieldException refused) {
            problems.add(new MalformedCsvException.CellProblem(row.line(), column + 1, name,
                    refused.errors().getFirst().message()));
            return null;
        }
    }

    private static Integer optionalCell(CsvRecord row, Map<String, Integer> columns,
                                        List<MalformedCsvException.CellProblem> problems) {
        Integer column = columns.get("minutes_on_air");
        if (column == null || column >= row.fields().size() || row.fields().get(column).isBlank()) {
            return null;
        }
        Long minutes = cell(row, columns, "minutes_on_air", problems, ListenerFigureReader::count);
        if (minutes != null && minutes > 100_000) {
            problems.add(new MalformedCsvException.CellProblem(row.line(), column + 1, "minutes_on_air",
                    "must be at most 100000"));
            return null;
        }
        return minutes == null ? null : minutes.intValue();
    }

    private static ListenerFigure.Period period(String typed) {
        return switch (typed.toLowerCase(Locale.ROOT)) {
            case "episode" -> ListenerFigure.Period.EPISODE;
            case "month" -> ListenerFigure.Period.MONTH;
            default -> throw new InvalidFieldException("period", "must be episode or month, not '" + typed + "'");
        };
    }

    private LocalDate start(ListenerFigure.Period period, String typed) {
        return start(period, typed, "date");
    }

    private LocalDate start(ListenerFigure.Period period, String typed, String field) {
        try {
            if (period == ListenerFigure.Period.EPISODE) {
                return notFuture(field, LocalDate.parse(typed));
            }
            YearMonth month = YearMonth.parse(typed.length() == 10 ? typed.substring(0, 7) : typed);
            if (typed.length() == 10 && LocalDate.parse(typed).getDayOfMonth() != 1) {
                throw new InvalidFieldException(field, "a month is YYYY-MM (or its first day), not " + typed);
            }
            if (month.isAfter(YearMonth.from(today))) {
                throw new InvalidFieldException(field, "is in the future; the office's month is " + YearMonth.from(today));
            }
            return month.atDay(1);
        } catch (DateTimeException e) {
            throw new InvalidFieldException(field, period == ListenerFigure.Period.EPISODE
                    ? "must be a date such as 2011-08-01, not '" + typed + "'"
                    : "must be a month such as 2011-08, not '" + typed + "'");
        }
    }

    private LocalDate notFuture(String field, LocalDate date) {
        if (date.isAfter(today)) {
            throw new InvalidFieldException(field, "is in the future; the office's date today is " + today);
        }
        return date;
    }

    private static Long count(String typed) {
        try {
            long value = Long.parseLong(typed.replace("_", ""));
            if (value < 0) {
                throw new InvalidFieldException("count", "must not be negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("count", "must be a whole number, not '" + typed + "'");
        }
    }
}

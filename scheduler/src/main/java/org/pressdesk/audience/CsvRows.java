package org.pressdesk.audience;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of an RFC 4180 CSV text, each with the line it starts on: quoted cells may hold commas, quotes ({@code ""})
 * and line breaks; a leading byte-order mark and CRLF or LF line ends are accepted; blank lines are skipped.
 */
final class CsvRows {

    private CsvRows() {
    }

    /**
     * One row.
     *
     * @param line  the line number it starts on, from 1
     * @param cells its cells, unquoted
     */
    record Row(int line, List<String> cells) {
    }

    /** @throws MalformedCsvException for a quote that is never closed, or text after a closing quote */
    static List<Row> parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty() && !afterQuote) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
                if (!(cells.size() == 1 && cells.getFirst().isBlank())) {
                    rows.add(new Row(rowLine, List.copyOf(cells)));
                }
                cells.clear();
                line++;
                rowLine = line;
            } else if (afterQuote) {
                throw new MalformedCsvException(List.of(new MalformedCsvException.CellProblem(line, cells.size() + 1,
                        null, "text after a closing quote; quote the whole cell and double quotes inside it")));
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new MalformedCsvException(List.of(new MalformedCsvException.CellProblem(rowLine, cells.size() + 1,
                    null, "a quote opened here is never closed")));
        }
        cells.add(cell.toString());
        if (!(cells.size() == 1 && cells.getFirst().isBlank())) {
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        return rows;
    }
}

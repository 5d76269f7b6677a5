package org.pressdesk.system;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text (RFC 4180: fields in double quotes may hold commas, line breaks and doubled quotes;
 * CRLF or LF; a leading byte-order mark as spreadsheets write it) into records that keep the line each
 * starts on. Blank lines are skipped.
 */
public final class CsvRecords {

    /** One record and the line of the file it starts on (from 1). */
    public record CsvRecord(int line, List<String> fields) {
    }

    /** CSV text that is not well formed, at a line and column (both from 1). */
    public static final class CsvSyntaxException extends RuntimeException {

        private final int line;
        private final int column;

        CsvSyntaxException(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private CsvRecords() {
    }

    /** @throws CsvSyntaxException for a quote left open, or text after a closing quote */
    public static List<CsvRecord> read(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        int quoteLine = 0;
        int quoteColumn = 0;
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                endRecord(records, recordLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                afterQuote = false;
                line++;
                recordLine = line;
            } else if (afterQuote) {
                throw new CsvSyntaxException(line, fields.size() + 1,
                        "text after the closing quote of a field; a quote inside a quoted field is written twice (\"\")");
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                quoteLine = line;
                quoteColumn = fields.size() + 1;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new CsvSyntaxException(quoteLine, quoteColumn, "the quote opened here is never closed");
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            endRecord(records, recordLine, fields);
        }
        return records;
    }

    private static void endRecord(List<CsvRecord> records, int line, List<String> fields) {
        boolean blank = fields.size() == 1 && fields.getFirst().isBlank();
        if (!blank) {
            records.add(new CsvRecord(line, List.copyOf(fields)));
        }
    }
}

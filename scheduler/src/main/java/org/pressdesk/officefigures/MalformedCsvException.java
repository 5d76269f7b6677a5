package org.pressdesk.officefigures;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A CSV import that cannot be read or holds a value that cannot be stored; answered with 400,
 * naming the line and column (both counted from 1) in the detail and as {@code line} and
 * {@code column}, so the person can fix the file. Nothing of the file is imported.
 */
public class MalformedCsvException extends ProblemException {

    private final int line;
    private final int column;

    public MalformedCsvException(int line, int column, String columnName, String message) {
        super(HttpStatus.BAD_REQUEST, "malformed-csv", "Malformed CSV",
                "Line " + line + ", column " + column + (columnName == null ? "" : " (" + columnName + ")") + ": "
                + message);
        this.line = line;
        this.column = column;
        setProperty("line", line);
        setProperty("column", column);
        if (columnName != null) {
            setProperty("columnName", columnName);
        }
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}

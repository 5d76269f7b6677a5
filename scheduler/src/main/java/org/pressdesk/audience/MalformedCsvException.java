package org.pressdesk.audience;

import java.util.List;
import java.util.stream.Collectors;
import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** A CSV import refused whole: 400 {@code malformed-csv}, naming each problem's line and column. Nothing is stored. */
class MalformedCsvException extends ProblemException {

    private static final int SHOWN_IN_DETAIL = 5;

    MalformedCsvException(List<CellProblem> problems) {
        super(HttpStatus.BAD_REQUEST, "malformed-csv", "Malformed CSV", detail(problems));
        setProperty("errors", problems);
    }

    /**
     * One problem of the file.
     *
     * @param line       the line, from 1 (the header is line 1)
     * @param column     the column, from 1
     * @param columnName the column's header, when known
     */
    record CellProblem(int line, int column, String columnName, String message) {

        @Override
        public String toString() {
            return "line " + line + ", column " + column + (columnName == null ? "" : " (" + columnName + ")") + ": "
                    + message;
        }
    }

    private static String detail(List<CellProblem> problems) {
        String shown = problems.stream().limit(SHOWN_IN_DETAIL).map(CellProblem::toString)
                .collect(Collectors.joining("; "));
        return "Nothing was imported: " + shown + (problems.size() > SHOWN_IN_DETAIL
                ? "; and " + (problems.size() - SHOWN_IN_DETAIL) + " more (see errors)" : "");
    }
}

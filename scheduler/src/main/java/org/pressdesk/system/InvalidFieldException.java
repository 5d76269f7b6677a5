package org.pressdesk.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/** One request field holds a value the API cannot use; answered with 400 and the field named. */
public class InvalidFieldException extends ProblemException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        this("invalid-request", "Invalid request", field, message);
    }

    /** For a kind of invalid field that is a problem type of its own. */
    protected InvalidFieldException(String type, String title, String field, String message) {
        super(HttpStatus.BAD_REQUEST, type, title, message);
        this.field = field;
        setProperty("errors", List.of(new FieldProblem(field, message)));
    }

    public String field() {
        return field;
    }
}

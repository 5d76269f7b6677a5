package org.pressdesk.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Request fields hold values the API cannot use; answered with 400 and every field named in the
 * problem's {@code errors}, so a form can show each problem next to its input.
 */
public class InvalidFieldException extends ProblemException {

    private final List<FieldProblem> errors;

    public InvalidFieldException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    /** @param errors at least one */
    public InvalidFieldException(List<FieldProblem> errors) {
        this("invalid-request", "Invalid request", errors);
    }

    /** For a kind of invalid field that is a problem type of its own. */
    protected InvalidFieldException(String type, String title, String field, String message) {
        this(type, title, List.of(new FieldProblem(field, message)));
    }

    private InvalidFieldException(String type, String title, List<FieldProblem> errors) {
        super(HttpStatus.BAD_REQUEST, type, title, detail(errors));
        this.errors = List.copyOf(errors);
        setProperty("errors", this.errors);
    }

    /** The first field named. */
    public String field() {
        return errors.getFirst().field();
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    private static String detail(List<FieldProblem> errors) {
        return errors.size() == 1 ? errors.getFirst().message()
                : "The request has " + errors.size() + " invalid fields: "
                  + String.join(", ", errors.stream().map(FieldProblem::field).toList());
    }
}

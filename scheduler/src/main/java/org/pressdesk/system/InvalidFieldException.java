package org.pressdesk.system;

import java.util.List;

/**
 * Request fields hold values the API cannot use; answered with 400 and every field named, so a
 * form can show each problem next to its input.
 */
public class InvalidFieldException extends RuntimeException {

    private final List<InvalidField> errors;

    public InvalidFieldException(String field, String message) {
        this(List.of(new InvalidField(field, message)));
    }

    /** @param errors at least one */
    public InvalidFieldException(List<InvalidField> errors) {
        super(errors.size() == 1 ? errors.getFirst().message()
                : "The request has " + errors.size() + " invalid fields: "
                  + String.join(", ", errors.stream().map(InvalidField::field).toList()));
        this.errors = List.copyOf(errors);
    }

    /** The first field named. */
    public String field() {
        return errors.getFirst().field();
    }

    public List<InvalidField> errors() {
        return errors;
    }
}

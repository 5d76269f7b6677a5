package org.pressdesk.system;

/** One request field holds a value the API cannot use; answered with 400 and the field named. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

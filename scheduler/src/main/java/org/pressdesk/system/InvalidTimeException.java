package org.pressdesk.system;

/** A time or time zone in a request that cannot be used. */
public class InvalidTimeException extends InvalidFieldException {

    public InvalidTimeException(String field, String message) {
        super(field, message);
    }
}

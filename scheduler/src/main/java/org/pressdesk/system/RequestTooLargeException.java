package org.pressdesk.system;

/** A request body grew past the API's limit while it was being read. */
public class RequestTooLargeException extends RuntimeException {

    public RequestTooLargeException(long limit) {
        super(message(limit));
    }

    static String message(long limit) {
        return "request body is larger than the " + (limit / 1024) + " KiB the API accepts";
    }
}

package org.pressdesk.system;

import org.springframework.http.HttpStatus;

/** A request body larger than the API accepts. */
public class RequestTooLargeException extends ProblemException {

    public RequestTooLargeException(long limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request too large",
                "request body is larger than the " + (limit / 1024) + " KiB the API accepts");
    }
}

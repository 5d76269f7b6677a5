package org.pressdesk.connector.x;

import org.pressdesk.connector.http.NetworkFailures;
import twitter4j.TwitterException;

/** No complete answer came from X; the cause tells whether the request had been sent (see {@link NetworkFailures}). */
final class XTransportException extends TwitterException {

    XTransportException(String message, Exception cause) {
        super(message, cause);
    }

    boolean mayHaveReachedServer() {
        return NetworkFailures.mayHaveReachedServer(getCause());
    }
}

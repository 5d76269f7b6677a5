package org.pressdesk.connector.x;

import java.util.Optional;
import twitter4j.HttpResponse;
import twitter4j.TwitterException;

/**
 * X answered with an error status. Unlike a plain {@link TwitterException} it keeps the raw body
 * and a null-safe view of the headers, which {@link XErrorMapper} needs for the problem details and
 * the rate-limit reset times.
 */
final class XApiException extends TwitterException {

    private final transient HttpResponse response;
    private final String body;

    XApiException(String body, HttpResponse response) {
        super(body, response);
        this.response = response;
        this.body = body == null ? "" : body;
    }

    String body() {
        return body;
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(response.getResponseHeader(name)).map(String::trim).filter(value -> !value.isEmpty());
    }
}

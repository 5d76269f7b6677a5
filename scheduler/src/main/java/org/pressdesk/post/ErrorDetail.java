package org.pressdesk.post;

import org.pressdesk.connector.PublishException;

/**
 * The last thing that went wrong with a target.
 *
 * @param category transient, rate-limited, permanent or outcome-unknown
 * @param message  what the channel or the dispatcher said
 */
public record ErrorDetail(PublishException.Category category, String message) {

    private static final int MAX_MESSAGE = 2000;

    public ErrorDetail {
        if (message != null && message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE);
        }
    }

    public static ErrorDetail of(PublishException failure) {
        return new ErrorDetail(failure.category(), failure.getMessage());
    }
}

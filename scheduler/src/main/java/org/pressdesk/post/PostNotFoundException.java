package org.pressdesk.post;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** No post (or no such target of it) exists. */
public class PostNotFoundException extends ProblemException {

    public PostNotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", message);
    }
}

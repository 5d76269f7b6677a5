package org.pressdesk.post;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** A correction of a post that never went out on any channel: change or cancel the post instead. */
public class NothingToCorrectException extends ProblemException {

    public NothingToCorrectException(String message) {
        super(HttpStatus.CONFLICT, "nothing-to-correct", "Nothing to correct", message);
    }
}
